//! The client's address, for the in-memory limits only (failed sign-ins, problem reports): the
//! connection's peer, or — when the peer is a configured trusted proxy — the hop that proxy
//! appended to `X-Forwarded-For`. A header from anyone else is ignored, so a client cannot pick
//! the address it is counted under.
//!
//! It never logs, stores or shows an address.

use std::net::IpAddr;

use axum::http::HeaderMap;
use axum::http::request::Parts;

use super::WebConfig;

/// The address limits count this request under; `None` when the server was not told the peer
/// (in-process tests).
pub fn client_addr(parts: &Parts, config: &WebConfig) -> Option<IpAddr> {
    let peer = crate::server::peer(parts)?.ip();
    Some(resolve(peer, &parts.headers, &config.trusted_proxies))
}

/// `peer`, or, while the address in hand is a trusted proxy, the `X-Forwarded-For` hop before
/// it (read from the right: each proxy appends the address it saw).
fn resolve(peer: IpAddr, headers: &HeaderMap, trusted: &[IpAddr]) -> IpAddr {
    let canonical = |ip: IpAddr| match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        v4 => v4,
    };
    let peer = canonical(peer);
    if !trusted.contains(&peer) {
        return peer;
    }
    let hops: Vec<&str> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .collect();
    let mut client = peer;
    for hop in hops.iter().rev() {
        match hop.parse::<IpAddr>() {
            Ok(ip) => {
                client = canonical(ip);
                if !trusted.contains(&client) {
                    break;
                }
            }
            // Garbage from before the first trusted proxy: the last good address stands.
            Err(_) => break,
        }
    }
    client
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(peer: &str, xff: &[&str], trusted: &[&str], expect: &str) {
        let mut headers = HeaderMap::new();
        for v in xff {
            headers.append("x-forwarded-for", v.parse().unwrap());
        }
        let trusted: Vec<IpAddr> = trusted.iter().map(|t| t.parse().unwrap()).collect();
        let got = resolve(peer.parse().unwrap(), &headers, &trusted);
        assert_eq!(got, expect.parse::<IpAddr>().unwrap(), "{peer} {xff:?}");
    }

    #[test]
    fn forwarded_for_counts_only_from_a_trusted_proxy() {
        check("192.0.2.1", &["198.51.100.7"], &[], "192.0.2.1");
        check("192.0.2.1", &["198.51.100.7"], &["192.0.2.9"], "192.0.2.1");
        check(
            "192.0.2.9",
            &["198.51.100.7"],
            &["192.0.2.9"],
            "198.51.100.7",
        );
        // A client's own forged hop is to the left of what the proxy appended.
        check(
            "192.0.2.9",
            &["203.0.113.5, 198.51.100.7"],
            &["192.0.2.9"],
            "198.51.100.7",
        );
        check(
            "192.0.2.9",
            &["203.0.113.5", "198.51.100.7, 192.0.2.8"],
            &["192.0.2.9", "192.0.2.8"],
            "198.51.100.7",
        );
        check("192.0.2.9", &[], &["192.0.2.9"], "192.0.2.9");
        check("192.0.2.9", &["nonsense"], &["192.0.2.9"], "192.0.2.9");
        check(
            "::ffff:192.0.2.9",
            &["198.51.100.7"],
            &["192.0.2.9"],
            "198.51.100.7",
        );
    }
}
