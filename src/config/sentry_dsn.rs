//! A Sentry DSN, `https://<public key>[:<secret>]@<host>[/<path>]/<project id>`: where events go
//! and the key that authenticates them.

use std::fmt;

/// A parsed DSN. Its `Debug` hides the key, so it can sit in logged structures.
#[derive(Clone, PartialEq, Eq)]
pub struct SentryDsn {
    public_key: String,
    secret_key: Option<String>,
    endpoint: url::Url,
    project_id: String,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SentryDsnError {
    #[error("is not a URL")]
    NotUrl,
    #[error("must use http or https")]
    Scheme,
    #[error("has no public key before the host (https://<key>@<host>/<project id>)")]
    NoKey,
    #[error("does not end in a numeric project id")]
    NoProject,
}

impl SentryDsn {
    pub fn parse(raw: &str) -> Result<SentryDsn, SentryDsnError> {
        let url = url::Url::parse(raw.trim()).map_err(|_| SentryDsnError::NotUrl)?;
        if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
            return Err(SentryDsnError::Scheme);
        }
        if url.username().is_empty() {
            return Err(SentryDsnError::NoKey);
        }
        let path = url.path().trim_end_matches('/');
        let (prefix, project_id) = path.rsplit_once('/').ok_or(SentryDsnError::NoProject)?;
        if project_id.is_empty() || !project_id.bytes().all(|b| b.is_ascii_digit()) {
            return Err(SentryDsnError::NoProject);
        }
        let mut endpoint = url.clone();
        endpoint.set_path(&format!("{prefix}/api/{project_id}/envelope/"));
        // Cannot fail on an http(s) URL with a host.
        let _ = endpoint.set_username("");
        let _ = endpoint.set_password(None);
        endpoint.set_query(None);
        endpoint.set_fragment(None);
        Ok(SentryDsn {
            public_key: url.username().to_string(),
            secret_key: url.password().map(str::to_string),
            endpoint,
            project_id: project_id.to_string(),
        })
    }

    /// The envelope endpoint; it carries no key.
    pub fn envelope_url(&self) -> &url::Url {
        &self.endpoint
    }

    pub fn project_id(&self) -> &str {
        &self.project_id
    }

    /// The `X-Sentry-Auth` header value.
    pub fn auth_header(&self, client: &str) -> String {
        let mut auth = format!(
            "Sentry sentry_version=7, sentry_client={client}, sentry_key={}",
            self.public_key
        );
        if let Some(secret) = &self.secret_key {
            auth.push_str(", sentry_secret=");
            auth.push_str(secret);
        }
        auth
    }
}

impl fmt::Debug for SentryDsn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SentryDsn({} key=***)", self.endpoint)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cloud_dsn_gives_the_envelope_endpoint_and_the_key() {
        let dsn = SentryDsn::parse("https://abc123@o42.ingest.de.sentry.io/4507").unwrap();
        assert_eq!(
            dsn.envelope_url().as_str(),
            "https://o42.ingest.de.sentry.io/api/4507/envelope/"
        );
        assert_eq!(dsn.project_id(), "4507");
        assert_eq!(
            dsn.auth_header("falgram/1"),
            "Sentry sentry_version=7, sentry_client=falgram/1, sentry_key=abc123"
        );
        assert!(!format!("{dsn:?}").contains("abc123"));
    }

    #[test]
    fn a_self_hosted_dsn_keeps_its_path_port_and_legacy_secret() {
        let dsn = SentryDsn::parse("http://pub:sec@sentry.local:9000/prefix/7/").unwrap();
        assert_eq!(
            dsn.envelope_url().as_str(),
            "http://sentry.local:9000/prefix/api/7/envelope/"
        );
        assert!(dsn
            .auth_header("c")
            .ends_with("sentry_key=pub, sentry_secret=sec"));
    }

    #[test]
    fn malformed_dsns_are_named() {
        assert_eq!(SentryDsn::parse("sentry"), Err(SentryDsnError::NotUrl));
        assert_eq!(SentryDsn::parse("ftp://k@h/1"), Err(SentryDsnError::Scheme));
        assert_eq!(
            SentryDsn::parse("https://host/1"),
            Err(SentryDsnError::NoKey)
        );
        assert_eq!(
            SentryDsn::parse("https://k@host/"),
            Err(SentryDsnError::NoProject)
        );
        assert_eq!(
            SentryDsn::parse("https://k@host/abc"),
            Err(SentryDsnError::NoProject)
        );
    }
}
