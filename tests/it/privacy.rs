//! The real binary's logs never hold a query string, a client address or a user agent.

use std::net::{IpAddr, Ipv4Addr};

use reqwest::blocking::Client;
use vecino_e2e::Server;

/// No log line at any level may contain a request's query string, the client's address or
/// its user agent.
#[test]
fn logs_never_hold_queries_client_addresses_or_user_agents() {
    let server = Server::start(&[("VECINO_LOG", "trace"), ("RUST_LOG", "trace")]);
    // The client speaks from another loopback address than the server listens on, so any
    // trace of it in the logs is the client's.
    let client = Client::builder()
        .local_address(IpAddr::V4(Ipv4Addr::new(127, 0, 0, 2)))
        .user_agent("SecretAgent/9.9 (resident-phone)")
        .build()
        .unwrap();
    for path in [
        "/api/v1/guides/know-your-rights?lang=es&q=zzsecretqueryzz",
        "/api/v1/services?topic=zzsecretqueryzz",
        "/api/v1/services/zzsecretqueryzz",
        "/api/v1/guides?colour=zzsecretqueryzz",
        "/nowhere/zzsecretqueryzz",
    ] {
        let resp = client
            .get(server.url(path))
            .header("Accept-Language", "zzsecretlang")
            .send()
            .unwrap();
        assert!(resp.status().as_u16() < 500, "{path}");
    }
    let logs = server.stop();
    assert!(
        logs.contains("request"),
        "requests are logged at all:\n{logs}"
    );
    for secret in [
        "zzsecretqueryzz",
        "127.0.0.2",
        "SecretAgent",
        "zzsecretlang",
    ] {
        assert!(!logs.contains(secret), "the logs contain {secret}:\n{logs}");
    }
}
