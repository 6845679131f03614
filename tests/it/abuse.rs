//! Cheap abuse against the real binary: bursts of password guesses, clients hiding behind (or
//! pretending to be) a proxy, slow connections, floods of problem reports; and what staff and
//! residents are owed afterwards (an audit trail of sign-ins, contact details kept from the
//! reported organization and deleted after handling).

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use reqwest::blocking::Client;
use serde_json::Value;
use vecino_e2e::Server;
use vecino_e2e::staff::{PASSWORD, add_admin, add_editor, client, csrf, set_cookie, sign_in};

/// A service of the starter content, and the slug of its public page.
const SLUG: &str = "littleton-irc-immigration-legal-services";

/// Runs SQL on the server's SQLite database with python3; returns what it printed (one row a
/// line, columns joined by `|`), or `None` after recording `test` as skipped.
fn sql(test: &str, dir: &Path, statements: &str) -> Option<String> {
    let script = r#"
import sqlite3, sys
db = sqlite3.connect(sys.argv[1], timeout=30)
cur = db.cursor()
out = []
for stmt in sys.argv[2].split(";\n"):
    if stmt.strip():
        cur.execute(stmt)
        out += ["|".join("" if v is None else str(v) for v in row) for row in cur.fetchall()]
db.commit()
print("\n".join(out))
"#;
    let db = dir.join("vecino.db");
    match Command::new("python3")
        .args(["-c", script])
        .arg(&db)
        .arg(statements)
        .output()
    {
        Ok(out) if out.status.success() => Some(String::from_utf8_lossy(&out.stdout).into_owned()),
        Ok(out) => panic!("sql failed: {}", String::from_utf8_lossy(&out.stderr)),
        Err(e) => {
            vecino_e2e::skip(test, &format!("python3 is needed to reach SQLite: {e}"));
            None
        }
    }
}

/// The sign-in form's cookie and token, fetched once (both may be reused for an hour).
fn login_form(c: &Client, server: &Server) -> (String, String) {
    let form = c.get(server.url("/admin/en/login")).send().unwrap();
    let cookie = set_cookie(form.headers(), "vecino_login").unwrap();
    (cookie, csrf(&form.text().unwrap()))
}

/// Posts the sign-in form, optionally as forwarded for `xff`; returns the status.
fn try_login(server: &Server, email: &str, password: &str, xff: Option<&str>) -> u16 {
    let c = client();
    let (cookie, token) = login_form(&c, server);
    let mut req = c
        .post(server.url("/admin/en/login"))
        .header("Cookie", &cookie)
        .form(&[
            ("csrf", token.as_str()),
            ("email", email),
            ("password", password),
        ]);
    if let Some(xff) = xff {
        req = req.header("X-Forwarded-For", xff);
    }
    req.send().unwrap().status().as_u16()
}

#[test]
fn a_burst_of_password_guesses_gets_no_more_checks_than_the_account_limit() {
    let server = Server::start(&[]);
    add_admin(&server, "victim@example.org");
    let c = client();
    let (cookie, token) = login_form(&c, &server);
    let statuses: Vec<u16> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..30)
            .map(|i| {
                let (c, cookie, token, server) = (&c, &cookie, &token, &server);
                scope.spawn(move || {
                    c.post(server.url("/admin/en/login"))
                        .header("Cookie", cookie)
                        .form(&[
                            ("csrf", token.as_str()),
                            ("email", "victim@example.org"),
                            ("password", &format!("guess number {i}")),
                        ])
                        .send()
                        .unwrap()
                        .status()
                        .as_u16()
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let checked = statuses.iter().filter(|s| **s == 401).count();
    let refused = statuses.iter().filter(|s| **s == 429).count();
    assert_eq!(checked + refused, 30, "{statuses:?}");
    assert!(
        (1..=5).contains(&checked),
        "at most 5 guesses were checked: {statuses:?}"
    );
    // The limit holds for the right password too, for now (the account is slowed down).
    let resp = c
        .post(server.url("/admin/en/login"))
        .header("Cookie", &cookie)
        .form(&[
            ("csrf", token.as_str()),
            ("email", "victim@example.org"),
            ("password", PASSWORD),
        ])
        .send()
        .unwrap();
    assert_eq!(resp.status(), 429);
    assert!(resp.headers().get("retry-after").is_some());
    assert!(resp.text().unwrap().contains("Too many failed attempts"));
}

#[test]
fn behind_a_trusted_proxy_one_clients_failures_do_not_lock_out_another() {
    let server = Server::start(&[("VECINO_TRUSTED_PROXY", "127.0.0.1")]);
    add_admin(&server, "a@example.org");
    for i in 0..20 {
        let status = try_login(
            &server,
            &format!("nobody{i}@example.org"),
            "wrong password",
            Some("203.0.113.9, 198.51.100.1"),
        );
        assert_eq!(status, 401, "failure {i}");
    }
    assert_eq!(
        try_login(&server, "a@example.org", PASSWORD, Some("198.51.100.1")),
        429,
        "the failing client is blocked"
    );
    // A client cannot slip out by naming another address left of the proxy's hop.
    assert_eq!(
        try_login(
            &server,
            "a@example.org",
            PASSWORD,
            Some("198.51.100.2, 198.51.100.1")
        ),
        429
    );
    assert_eq!(
        try_login(&server, "a@example.org", PASSWORD, Some("198.51.100.2")),
        303,
        "another client behind the same proxy signs in"
    );
    drop(server);

    // Without the setting, X-Forwarded-For is the client's to forge, so it is ignored.
    let server = Server::start(&[]);
    add_admin(&server, "a@example.org");
    for i in 0..20 {
        let xff = format!("198.51.100.{}", i + 10);
        let status = try_login(
            &server,
            &format!("nobody{i}@example.org"),
            "wrong",
            Some(&xff),
        );
        assert_eq!(status, 401, "failure {i}");
    }
    assert_eq!(
        try_login(&server, "a@example.org", PASSWORD, Some("198.51.100.99")),
        429
    );
}

/// Reads from `stream` until the server closes it or `limit` passes; returns what came and
/// whether it was closed.
fn read_until_closed(stream: &mut TcpStream, limit: Duration) -> (String, bool) {
    stream.set_read_timeout(Some(limit)).unwrap();
    let mut got = Vec::new();
    let mut buf = [0u8; 4096];
    let started = Instant::now();
    loop {
        match stream.read(&mut buf) {
            Ok(0) => return (String::from_utf8_lossy(&got).into_owned(), true),
            Ok(n) => got.extend_from_slice(&buf[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::ConnectionReset => {
                return (String::from_utf8_lossy(&got).into_owned(), true);
            }
            Err(_) => return (String::from_utf8_lossy(&got).into_owned(), false),
        }
        if started.elapsed() > limit {
            return (String::from_utf8_lossy(&got).into_owned(), false);
        }
    }
}

#[test]
fn slow_clients_cannot_hold_connections() {
    let server = Server::start(&[
        ("VECINO_HEADER_TIMEOUT_SECS", "1"),
        ("VECINO_BODY_TIMEOUT_SECS", "1"),
        ("VECINO_REQUEST_TIMEOUT_SECS", "3"),
    ]);
    let addr = server.base.trim_start_matches("http://").to_owned();

    // Headers that never end (slowloris): the server hangs up.
    let mut slow = TcpStream::connect(&addr).unwrap();
    slow.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: ")
        .unwrap();
    let started = Instant::now();
    let (_, closed) = read_until_closed(&mut slow, Duration::from_secs(8));
    assert!(closed, "unfinished headers are cut off");
    assert!(started.elapsed() < Duration::from_secs(6));

    // A connection that says nothing at all.
    let mut silent = TcpStream::connect(&addr).unwrap();
    let (_, closed) = read_until_closed(&mut silent, Duration::from_secs(8));
    assert!(closed, "a silent connection is closed");

    // A body that stops after 5 of 100,000 bytes: 408, and the connection ends.
    let mut stalled = TcpStream::connect(&addr).unwrap();
    stalled
        .write_all(
            format!(
                "POST /en/services/{SLUG}/report HTTP/1.1\r\nHost: x\r\n\
                 Content-Type: application/x-www-form-urlencoded\r\n\
                 Content-Length: 100000\r\n\r\nkind="
            )
            .as_bytes(),
        )
        .unwrap();
    let (answer, closed) = read_until_closed(&mut stalled, Duration::from_secs(8));
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(closed, "{answer}");

    // The server still answers everyone else.
    let ok = reqwest::blocking::get(server.url("/healthz")).unwrap();
    assert_eq!(ok.status(), 200);
}

/// Posts a valid problem report about [`SLUG`]; returns the status and the page.
fn report(server: &Server, contact: &str) -> (u16, String) {
    let resp = client()
        .post(server.url(&format!("/es/services/{SLUG}/report")))
        .form(&[
            ("kind", "hours"),
            (
                "details",
                "The hours on the page are not the ones on the door.",
            ),
            ("contact", contact),
        ])
        .send()
        .unwrap();
    (resp.status().as_u16(), resp.text().unwrap())
}

#[test]
fn one_address_cannot_flood_the_report_queue() {
    let test = "one_address_cannot_flood_the_report_queue";
    let server = Server::start(&[]);
    for i in 0..5 {
        assert_eq!(report(&server, "").0, 200, "report {i}");
    }
    let (status, page) = report(&server, "");
    assert_eq!(status, 429);
    assert!(page.contains("Espere, por favor"), "localized: {page}");
    let Some(count) = sql(test, server.data_dir(), "SELECT COUNT(*) FROM reports") else {
        return;
    };
    assert_eq!(count.trim(), "5", "the refused report was not stored");
}

#[test]
fn forty_thousand_waiting_reports_leave_the_staff_queue_working() {
    let test = "forty_thousand_waiting_reports_leave_the_staff_queue_working";
    let server = Server::start(&[]);
    add_admin(&server, "a@example.org");
    let org = "littleton-immigrant-resources-center";
    add_editor(&server, "ed@example.org", org);
    assert_eq!(report(&server, "").0, 200);
    // What 40,000 report POSTs would leave behind, copied from the real one.
    let Some(_) = sql(
        test,
        server.data_dir(),
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40000) \
         INSERT INTO reports (id, entity, record_id, kind, details, contact, locale, status, created_at) \
         SELECT lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) \
                || '-8' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))), \
                r.entity, r.record_id, r.kind, r.details, r.contact, r.locale, 'new', r.created_at \
         FROM n, (SELECT * FROM reports LIMIT 1) AS r",
    ) else {
        return;
    };
    let admin = sign_in(&server, "a@example.org");
    let started = Instant::now();
    let home = admin.page("/admin/en/");
    assert!(home.contains("Problem reports waiting: 40001"), "{home}");
    let queue = admin.page("/admin/en/reports");
    assert_eq!(queue.matches("<article class=\"report\"").count(), 50);
    assert!(queue.contains("Page 1 of 801"), "paged");
    let last = admin.page("/admin/en/reports?page=801");
    assert_eq!(last.matches("<article class=\"report\"").count(), 1);
    let token = admin.api_token("queue");
    let api: Value = Client::new()
        .get(server.url("/admin/api/reports?page=2&per_page=100"))
        .bearer_auth(&token)
        .send()
        .unwrap()
        .json()
        .unwrap();
    assert_eq!(api["total"], 40001);
    assert_eq!(api["reports"].as_array().unwrap().len(), 100);
    let editor = sign_in(&server, "ed@example.org");
    let scoped = editor.page("/admin/en/reports");
    assert!(
        scoped.contains("Page 1 of 801"),
        "the editor's organization"
    );
    eprintln!(
        "staff home, queue pages and API with 40,001 waiting reports: {:?}",
        started.elapsed()
    );
}

#[test]
fn only_admins_see_how_to_reach_a_resident_who_reported() {
    let server = Server::start(&[]);
    add_admin(&server, "a@example.org");
    let org = "littleton-immigrant-resources-center";
    add_editor(&server, "ed@example.org", org);
    assert_eq!(report(&server, "reporter-secret@example.net").0, 200);

    let editor = sign_in(&server, "ed@example.org");
    let page = editor.page("/admin/en/reports");
    assert!(
        page.contains("The hours on the page"),
        "the editor sees the report"
    );
    assert!(!page.contains("reporter-secret"), "but not the contact");
    assert!(page.contains("Only administrators can see it"));
    let admin = sign_in(&server, "a@example.org");
    assert!(
        admin
            .page("/admin/en/reports")
            .contains("reporter-secret@example.net")
    );
}

#[test]
fn a_handled_reports_contact_is_deleted_after_the_retention_period() {
    let test = "a_handled_reports_contact_is_deleted_after_the_retention_period";
    let server = Server::start(&[]);
    add_admin(&server, "a@example.org");
    assert_eq!(report(&server, "handled@example.net").0, 200);
    let Some(id) = sql(test, server.data_dir(), "SELECT id FROM reports") else {
        return;
    };
    let id = id.trim().to_owned();
    assert_eq!(report(&server, "waiting@example.net").0, 200);
    let admin = sign_in(&server, "a@example.org");
    admin.post_ok(
        &format!("/admin/en/reports/{id}"),
        &[("outcome", "resolved"), ("note", "fixed the hours")],
    );
    let dir = server.data_dir().to_owned();
    let _ = server.stop_keeping_data();
    let contacts = |dir: &Path| {
        sql(test, dir, "SELECT contact FROM reports ORDER BY contact")
            .unwrap()
            .lines()
            .map(str::to_owned)
            .collect::<Vec<_>>()
    };

    // Within the retention (30 days by default) the contact stays.
    let server = Server::start_in(&dir, &[]);
    std::thread::sleep(Duration::from_millis(500));
    assert_eq!(
        contacts(&dir),
        ["handled@example.net", "waiting@example.net"]
    );
    let _ = server.stop_keeping_data();

    // Once it has passed (here: zero days), the purge at start deletes the handled one only.
    let server = Server::start_in(&dir, &[("VECINO_REPORT_CONTACT_RETENTION_DAYS", "0")]);
    let deadline = Instant::now() + Duration::from_secs(10);
    while contacts(&dir) != ["", "waiting@example.net"] && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(100));
    }
    assert_eq!(contacts(&dir), ["", "waiting@example.net"]);
    drop(server);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn sign_ins_failed_sign_ins_and_sign_outs_are_in_the_audit_log() {
    let test = "sign_ins_failed_sign_ins_and_sign_outs_are_in_the_audit_log";
    let server = Server::start(&[]);
    add_admin(&server, "a@example.org");
    let org = "littleton-immigrant-resources-center";
    add_editor(&server, "ed@example.org", org);
    assert_eq!(try_login(&server, "ed@example.org", "not it", None), 401);
    assert_eq!(
        try_login(&server, "typo-or-password@example.org", "x", None),
        401
    );
    let editor = sign_in(&server, "ed@example.org");
    editor.post_ok("/admin/en/logout", &[]);

    let admin = sign_in(&server, "a@example.org");
    let page = admin.page("/admin/en/audit");
    for action in ["sign-in-failed", "sign-in", "sign-out", "add-user"] {
        assert!(page.contains(&format!("<td>{action}</td>")), "{action}");
    }
    assert!(page.contains("vecino user add"), "the CLI is the actor");
    assert!(
        !page.contains("typo-or-password"),
        "unknown emails are not kept"
    );
    assert!(!page.contains("127.0.0.1"), "no addresses");
    let Some(rows) = sql(
        test,
        server.data_dir(),
        "SELECT actor, action FROM audit_log ORDER BY id",
    ) else {
        return;
    };
    let rows: Vec<&str> = rows.lines().collect();
    for row in [
        "vecino user add|add-user",
        "ed@example.org|sign-in-failed",
        "ed@example.org|sign-in",
        "ed@example.org|sign-out",
        "a@example.org|sign-in",
    ] {
        assert!(rows.contains(&row), "{row} in {rows:?}");
    }
}

#[test]
fn connections_past_the_cap_wait_until_one_is_free() {
    let server = Server::start(&[
        ("VECINO_MAX_CONNECTIONS", "1"),
        ("VECINO_HEADER_TIMEOUT_SECS", "3"),
    ]);
    let addr = server.base.trim_start_matches("http://").to_owned();
    // One connection that holds the only place and says nothing.
    let mut holder = TcpStream::connect(&addr).unwrap();
    std::thread::sleep(Duration::from_millis(200));
    let quick = Client::builder()
        .timeout(Duration::from_millis(1000))
        .build()
        .unwrap();
    assert!(
        quick.get(server.url("/healthz")).send().is_err(),
        "a second connection is not served while the first holds the place"
    );
    // The holder is cut off by the header timeout; then the next client is served.
    let (_, closed) = read_until_closed(&mut holder, Duration::from_secs(8));
    assert!(closed);
    let patient = Client::builder()
        .timeout(Duration::from_secs(10))
        .build()
        .unwrap();
    assert_eq!(
        patient.get(server.url("/healthz")).send().unwrap().status(),
        200
    );
}
