//! The HTTP server loop: accepts connections up to a cap, serves each with hyper's HTTP/1
//! connection builder on a Tokio timer (so unfinished headers and idle keep-alive connections
//! time out), ends a kept-alive connection after a lifetime, and bounds each request's time and
//! its body's silences. Slow clients (slowloris) cannot hold connections or handler tasks.
//!
//! It never logs a client address, and never keeps one beyond the connection it belongs to.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::{ConnectInfo, Request};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http_body_util::BodyExt;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::sync::{Semaphore, watch};
use tower::Service;

/// How long a client may take, and how many may be connected at once. Defaults are safe
/// behind a reverse proxy or straight on the Internet.
#[derive(Debug, Clone)]
pub struct HttpLimits {
    /// From the moment a connection waits for a request until its headers are complete. An
    /// idle kept-alive connection is closed after this too.
    pub header_timeout: Duration,
    /// A whole request, from its headers to the handler's answer (408 after it).
    pub request_timeout: Duration,
    /// The longest silence while a request body is being sent (408 after it).
    pub body_timeout: Duration,
    /// A kept-alive connection is closed (after its current request) once it is this old.
    pub connection_lifetime: Duration,
    /// Connections served at once; more wait in the listen queue.
    pub max_connections: usize,
}

impl Default for HttpLimits {
    fn default() -> Self {
        HttpLimits {
            header_timeout: Duration::from_secs(10),
            request_timeout: Duration::from_secs(30),
            body_timeout: Duration::from_secs(10),
            connection_lifetime: Duration::from_secs(300),
            max_connections: 1024,
        }
    }
}

/// Serves `app` on `listener` within `limits` until `shutdown` completes, then lets open
/// connections finish their current request (for up to ten seconds).
pub async fn run(
    listener: tokio::net::TcpListener,
    app: Router,
    limits: HttpLimits,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let max = limits.max_connections.max(1);
    let permits = Arc::new(Semaphore::new(max));
    let (stop_tx, stop_rx) = watch::channel(false);
    let mut builder = hyper::server::conn::http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(limits.header_timeout)
        .keep_alive(true);
    let builder = Arc::new(builder);
    tokio::pin!(shutdown);
    loop {
        let permit = tokio::select! {
            permit = permits.clone().acquire_owned() => match permit {
                Ok(p) => p,
                Err(_) => break,
            },
            () = &mut shutdown => break,
        };
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(pair) => pair,
                Err(e) => {
                    // Out of file descriptors and the like: wait instead of spinning.
                    tracing::warn!(error = %e, "cannot accept a connection");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let _ = stream.set_nodelay(true);
        let router = app.clone();
        let service = hyper::service::service_fn(move |mut req: Request<hyper::body::Incoming>| {
            req.extensions_mut().insert(ConnectInfo(peer));
            let mut router = router.clone();
            async move {
                let response: Result<Response, Infallible> = router.call(req.map(Body::new)).await;
                response
            }
        });
        let builder = builder.clone();
        let mut stop = stop_rx.clone();
        let lifetime = limits.connection_lifetime;
        tokio::spawn(async move {
            let conn = builder.serve_connection(TokioIo::new(stream), service);
            tokio::pin!(conn);
            let old = tokio::time::sleep(lifetime);
            tokio::pin!(old);
            let stopping = async move {
                let _ = stop.wait_for(|s| *s).await;
            };
            tokio::select! {
                _ = conn.as_mut() => {}
                () = &mut old => {
                    conn.as_mut().graceful_shutdown();
                    let _ = conn.await;
                }
                () = stopping => {
                    conn.as_mut().graceful_shutdown();
                    let _ = conn.await;
                }
            }
            drop(permit);
        });
    }
    let _ = stop_tx.send(true);
    // Wait for the connections to end: each gives back its permit.
    let _ = tokio::time::timeout(
        Duration::from_secs(10),
        permits.acquire_many(u32::try_from(max).unwrap_or(u32::MAX)),
    )
    .await;
    Ok(())
}

/// Why a request failed to finish in time: set when its body went silent too long.
#[derive(Clone, Default)]
struct BodyTimedOut(Arc<AtomicBool>);

/// Middleware: a request body may not go silent for longer than `timeout`; a request whose
/// body did is answered 408, whatever the handler made of the cut-off body.
pub async fn body_timeout(timeout: Duration, req: Request, next: Next) -> Response {
    let flag = BodyTimedOut::default();
    let seen = flag.clone();
    let (parts, body) = req.into_parts();
    let body = tower_http::timeout::TimeoutBody::new(timeout, body).map_err(move |e| {
        if e.is::<tower_http::timeout::TimeoutError>() {
            seen.0.store(true, Ordering::Relaxed);
        }
        e
    });
    let response = next.run(Request::from_parts(parts, Body::new(body))).await;
    if flag.0.load(Ordering::Relaxed) {
        return timed_out();
    }
    response
}

/// The answer to a request that took too long: 408, and the connection is closed.
pub fn timed_out() -> Response {
    (
        StatusCode::REQUEST_TIMEOUT,
        [(axum::http::header::CONNECTION, "close")],
        "Request timed out.",
    )
        .into_response()
}

/// The peer's address of a request served by [`run`] (or by axum's `serve` with connect info).
pub fn peer(parts: &axum::http::request::Parts) -> Option<SocketAddr> {
    parts
        .extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map(|ci| ci.0)
}
