//! Staff accounts through the real binary: `vecino user add`, then sign-in, sessions, CSRF,
//! sign-in limits, API tokens and editor scope over HTTP.

use reqwest::blocking::{Client, Response};
use reqwest::header::{HeaderMap, SET_COOKIE};
use reqwest::redirect::Policy;
use serde_json::Value;
use vecino_e2e::{Server, postgres_scratch, run_with_input};

const PASSWORD: &str = "correct horse battery staple";

fn client() -> Client {
    Client::builder().redirect(Policy::none()).build().unwrap()
}

fn add_user(server: &Server, env: &[(&str, &str)], args: &[&str]) {
    let mut all = vec!["user", "add"];
    all.extend_from_slice(args);
    let (ok, out) = run_with_input(server.data_dir(), &all, env, &format!("{PASSWORD}\n"));
    assert!(ok, "vecino user add {args:?}:\n{out}");
}

/// The `Set-Cookie` header that sets `name`.
fn set_cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with(&format!("{name}=")))
        .map(str::to_owned)
}

/// `name=value` from a `Set-Cookie` header, to send back.
fn pair(set_cookie: &str) -> String {
    set_cookie.split(';').next().unwrap().to_owned()
}

/// The value of the first hidden `csrf` field of a page.
fn csrf(html: &str) -> String {
    let at = html.find(r#"name="csrf" value=""#).expect("a csrf field") + 19;
    html[at..at + 64].to_owned()
}

/// What a browser holds after loading the sign-in form: its cookie and the form's token.
struct LoginForm {
    cookie: String,
    csrf: String,
}

fn login_form(c: &Client, server: &Server, lang: &str) -> LoginForm {
    let resp = c
        .get(server.url(&format!("/admin/{lang}/login")))
        .send()
        .unwrap();
    assert_eq!(resp.status(), 200);
    let cookie = pair(&set_cookie(resp.headers(), "vecino_login").expect("a login cookie"));
    let html = resp.text().unwrap();
    LoginForm {
        cookie,
        csrf: csrf(&html),
    }
}

fn post_login(c: &Client, server: &Server, lang: &str, email: &str, password: &str) -> Response {
    let form = login_form(c, server, lang);
    c.post(server.url(&format!("/admin/{lang}/login")))
        .header("Cookie", &form.cookie)
        .form(&[
            ("csrf", form.csrf.as_str()),
            ("email", email),
            ("password", password),
        ])
        .send()
        .unwrap()
}

/// A signed-in session: the cookie to send and the CSRF token of its forms.
struct Signed {
    cookie: String,
    csrf: String,
}

fn sign_in(c: &Client, server: &Server, email: &str) -> Signed {
    let resp = post_login(c, server, "en", email, PASSWORD);
    assert_eq!(resp.status(), 303, "{}", resp.text().unwrap_or_default());
    let cookie = pair(&set_cookie(resp.headers(), "vecino_session").unwrap());
    let home = c
        .get(server.url("/admin/en/"))
        .header("Cookie", &cookie)
        .send()
        .unwrap();
    assert_eq!(home.status(), 200);
    let html = home.text().unwrap();
    Signed {
        cookie,
        csrf: csrf(&html),
    }
}

#[test]
fn an_admin_made_by_the_cli_signs_in_with_a_strict_cookie_and_signs_out() {
    let server = Server::start(&[]);
    add_user(
        &server,
        &[],
        &["--email", "Ana@Example.org", "--role", "admin"],
    );
    let c = client();

    // The password is never accepted as a flag.
    let (ok, _) = run_with_input(
        server.data_dir(),
        &[
            "user",
            "add",
            "--email",
            "x@example.org",
            "--role",
            "admin",
            "--password",
            PASSWORD,
        ],
        &[],
        "",
    );
    assert!(!ok, "--password is not an option");

    let resp = c
        .get(server.url("/admin"))
        .header("Accept-Language", "vi")
        .send()
        .unwrap();
    assert_eq!(resp.headers()["location"], "/admin/vi/");
    let resp = c.get(server.url("/admin/es")).send().unwrap();
    assert_eq!(resp.headers()["location"], "/admin/es/");
    assert_eq!(
        c.get(server.url("/admin/xx/")).send().unwrap().status(),
        404
    );

    // Staff pages without a session go to the sign-in form.
    let resp = c.get(server.url("/admin/es/")).send().unwrap();
    assert_eq!(resp.status(), 303);
    assert_eq!(resp.headers()["location"], "/admin/es/login");

    // A wrong password is refused, in the page's language.
    let resp = post_login(&c, &server, "es", "ana@example.org", "wrong password!");
    assert_eq!(resp.status(), 401);
    assert!(set_cookie(resp.headers(), "vecino_session").is_none());
    let body = resp.text().unwrap();
    assert!(
        body.contains("El correo o la contraseña no son correctos."),
        "{body}"
    );

    // A sign-in form posted without its token (a forged form) is refused.
    let form = login_form(&c, &server, "en");
    let resp = c
        .post(server.url("/admin/en/login"))
        .header("Cookie", &form.cookie)
        .form(&[("email", "ana@example.org"), ("password", PASSWORD)])
        .send()
        .unwrap();
    assert_eq!(resp.status(), 403);
    let resp = c
        .post(server.url("/admin/en/login"))
        .form(&[
            ("csrf", form.csrf.as_str()),
            ("email", "ana@example.org"),
            ("password", PASSWORD),
        ])
        .send()
        .unwrap();
    assert_eq!(
        resp.status(),
        403,
        "the token without its cookie is refused"
    );

    // The right password: a session cookie with every flag, holding only a random token.
    let resp = post_login(&c, &server, "en", "ANA@example.org", PASSWORD);
    assert_eq!(resp.status(), 303);
    assert_eq!(resp.headers()["location"], "/admin/en/");
    let session = set_cookie(resp.headers(), "vecino_session").expect("a session cookie");
    for flag in ["HttpOnly", "SameSite=Strict", "Path=/admin"] {
        assert!(session.contains(flag), "{flag} in {session}");
    }
    assert!(!session.contains("Secure"), "plain http: {session}");
    let cookie = pair(&session);
    assert_eq!(cookie.len(), "vecino_session=".len() + 64);

    let home = c
        .get(server.url("/admin/en/"))
        .header("Cookie", &cookie)
        .send()
        .unwrap();
    assert_eq!(home.status(), 200);
    assert_eq!(home.headers()["cache-control"], "no-store");
    let html = home.text().unwrap();
    assert!(
        html.contains("Signed in as ana@example.org (administrator)."),
        "{html}"
    );
    let token = csrf(&html);

    // Residents' pages still set no cookie, even for a signed-in browser.
    let resident = c
        .get(server.url("/es/"))
        .header("Cookie", &cookie)
        .send()
        .unwrap();
    assert_eq!(resident.status(), 200);
    assert!(resident.headers().get(SET_COOKIE).is_none());

    // Signing out needs the session's token; then the session is gone on the server too.
    let resp = c
        .post(server.url("/admin/en/logout"))
        .header("Cookie", &cookie)
        .form(&[("csrf", "0".repeat(64))])
        .send()
        .unwrap();
    assert_eq!(resp.status(), 403, "sign-out without the right token");
    let resp = c
        .post(server.url("/admin/en/logout"))
        .header("Cookie", &cookie)
        .form(&[("csrf", token.as_str())])
        .send()
        .unwrap();
    assert_eq!(resp.status(), 303);
    assert!(
        set_cookie(resp.headers(), "vecino_session")
            .unwrap()
            .contains("Max-Age=0")
    );
    let resp = c
        .get(server.url("/admin/en/"))
        .header("Cookie", &cookie)
        .send()
        .unwrap();
    assert_eq!(resp.status(), 303, "the old cookie no longer signs in");

    // Behind an https proxy the cookies are Secure.
    let resp = c
        .get(server.url("/admin/en/login"))
        .header("X-Forwarded-Proto", "https")
        .send()
        .unwrap();
    assert!(
        set_cookie(resp.headers(), "vecino_login")
            .unwrap()
            .contains("; Secure")
    );

    let logs = server.stop();
    assert!(!logs.contains(PASSWORD), "the password is never logged");
    assert!(
        !logs.contains(&cookie[15..]),
        "the session token is never logged"
    );
    assert!(
        !logs.contains("ana@example.org"),
        "nor the email typed at sign-in"
    );
    assert!(
        logs.contains("staff sign-in"),
        "sign-ins are logged, without who:\n{logs}"
    );
}

#[test]
fn failed_sign_ins_are_limited_per_account_and_per_client() {
    let server = Server::start(&[]);
    add_user(
        &server,
        &[],
        &["--email", "ana@example.org", "--role", "admin"],
    );
    add_user(
        &server,
        &[],
        &["--email", "ben@example.org", "--role", "admin"],
    );
    let c = client();
    for _ in 0..5 {
        let resp = post_login(&c, &server, "en", "ana@example.org", "not the password");
        assert_eq!(resp.status(), 401);
    }
    // Now even the right password waits, and the page says so in its language.
    let resp = post_login(&c, &server, "vi", "ana@example.org", PASSWORD);
    assert_eq!(resp.status(), 429);
    assert!(resp.headers().get("retry-after").is_some());
    assert!(set_cookie(resp.headers(), "vecino_session").is_none());
    let body = resp.text().unwrap();
    assert!(
        body.contains("Quá nhiều lần thử không thành công."),
        "{body}"
    );

    // Another account from the same client still signs in…
    assert_eq!(
        post_login(&c, &server, "en", "ben@example.org", PASSWORD).status(),
        303
    );
    // …until this client has failed 20 times, whichever accounts it tried.
    for i in 0..15 {
        let resp = post_login(&c, &server, "en", &format!("guess{i}@example.org"), "x");
        assert_eq!(resp.status(), 401, "attempt {i}");
    }
    let resp = post_login(&c, &server, "en", "ben@example.org", PASSWORD);
    assert_eq!(resp.status(), 429);
    assert!(resp.text().unwrap().contains("Too many failed attempts."));
}

fn get_json(c: &Client, url: &str, bearer: Option<&str>) -> (u16, HeaderMap, Value) {
    let mut req = c.get(url);
    if let Some(token) = bearer {
        req = req.bearer_auth(token);
    }
    let resp = req.send().unwrap();
    let (status, headers) = (resp.status().as_u16(), resp.headers().clone());
    (status, headers, resp.json().unwrap())
}

fn staff_scenario(env: &[(&str, &str)]) {
    let server = Server::start(env);
    let c = client();
    // Two services of different organizations, from the starter listings.
    let (_, _, list) = get_json(&c, &server.url("/api/v1/services?per_page=100"), None);
    let services = list["services"].as_array().unwrap();
    let mine = &services[0];
    let theirs = services
        .iter()
        .find(|s| s["organization"]["id"] != mine["organization"]["id"])
        .expect("two organizations");
    let my_org = mine["organization"]["slug"].as_str().unwrap();
    let (mine_id, theirs_id) = (mine["id"].as_str().unwrap(), theirs["id"].as_str().unwrap());
    add_user(
        &server,
        env,
        &["--email", "admin@example.org", "--role", "admin"],
    );
    add_user(
        &server,
        env,
        &[
            "--email",
            "ed@example.org",
            "--role",
            "editor",
            "--orgs",
            my_org,
        ],
    );

    // An editor may verify their organization's service, not another's.
    let ed = sign_in(&c, &server, "ed@example.org");
    let verify = |id: &str, csrf: &str| {
        c.post(server.url(&format!("/admin/en/services/{id}/verify")))
            .header("Cookie", &ed.cookie)
            .form(&[("csrf", csrf)])
            .send()
            .unwrap()
            .status()
    };
    assert_eq!(
        verify(theirs_id, &ed.csrf),
        403,
        "another organization's service"
    );
    assert_eq!(verify(mine_id, "forged"), 403, "no CSRF token, no change");
    let (_, _, before) = get_json(
        &c,
        &server.url(&format!("/api/v1/services/{mine_id}")),
        None,
    );
    assert!(before["verified_at"].is_null());
    assert_eq!(verify(mine_id, &ed.csrf), 303);
    let (_, _, after) = get_json(
        &c,
        &server.url(&format!("/api/v1/services/{mine_id}")),
        None,
    );
    assert!(after["verified_at"].is_string(), "{after}");
    let (_, _, other) = get_json(
        &c,
        &server.url(&format!("/api/v1/services/{theirs_id}")),
        None,
    );
    assert!(other["verified_at"].is_null(), "{other}");
    let home = c
        .get(server.url("/admin/en/"))
        .header("Cookie", &ed.cookie)
        .send()
        .unwrap()
        .text()
        .unwrap();
    assert!(
        !home.contains(theirs_id),
        "an editor sees only their listings"
    );
    // Only an admin reads the audit log or makes tokens.
    let resp = c
        .get(server.url("/admin/en/audit"))
        .header("Cookie", &ed.cookie)
        .send()
        .unwrap();
    assert_eq!(resp.status(), 403);

    // An admin makes an API token; it is shown once and works as a bearer token.
    let admin = sign_in(&c, &server, "admin@example.org");
    let resp = c
        .post(server.url("/admin/en/tokens"))
        .header("Cookie", &admin.cookie)
        .form(&[("csrf", admin.csrf.as_str()), ("name", "nightly import")])
        .send()
        .unwrap();
    assert_eq!(resp.status(), 200);
    let html = resp.text().unwrap();
    let at = html
        .find(r#"<code id="new-token">"#)
        .expect("the new token")
        + 21;
    let token = html[at..at + 71].to_owned();
    assert!(token.starts_with("vecino_"), "{token}");
    let again = c
        .get(server.url("/admin/en/"))
        .header("Cookie", &admin.cookie)
        .send()
        .unwrap()
        .text()
        .unwrap();
    assert!(!again.contains(&token), "a token is shown only once");

    let me = server.url("/admin/api/me");
    let (status, _, body) = get_json(&c, &me, Some(&token));
    assert_eq!(status, 200);
    assert_eq!(body["email"], "admin@example.org");
    assert_eq!(body["role"]["role"], "admin");
    let (status, headers, body) = get_json(&c, &me, Some(&format!("{token}x")));
    assert_eq!(status, 401, "a wrong token");
    assert_eq!(headers["www-authenticate"], "Bearer");
    assert_eq!(body["code"], "unauthorized");
    let (status, _, _) = get_json(&c, &me, None);
    assert_eq!(status, 401, "no token");
    // A session cookie is not a bearer token for the API.
    let resp = c.get(&me).header("Cookie", &admin.cookie).send().unwrap();
    assert_eq!(resp.status(), 401);

    let resp = c
        .post(server.url(&format!("/admin/api/services/{theirs_id}/verify")))
        .bearer_auth(&token)
        .send()
        .unwrap();
    assert_eq!(resp.status(), 200);
    let (_, _, other) = get_json(
        &c,
        &server.url(&format!("/api/v1/services/{theirs_id}")),
        None,
    );
    assert!(other["verified_at"].is_string(), "{other}");

    // Revoked, the token stops working.
    let at = again.find("/revoke\"").expect("a revoke form");
    let id = &again[at - 36..at];
    let resp = c
        .post(server.url(&format!("/admin/en/tokens/{id}/revoke")))
        .header("Cookie", &admin.cookie)
        .form(&[("csrf", admin.csrf.as_str())])
        .send()
        .unwrap();
    assert_eq!(resp.status(), 303);
    let (status, _, _) = get_json(&c, &me, Some(&token));
    assert_eq!(status, 401, "a revoked token");

    // The audit log says who did what.
    let audit = c
        .get(server.url("/admin/en/audit"))
        .header("Cookie", &admin.cookie)
        .send()
        .unwrap()
        .text()
        .unwrap();
    for expected in [
        "ed@example.org",
        "verify-service",
        mine_id,
        "create-token",
        "revoke-token",
    ] {
        assert!(
            audit.contains(expected),
            "{expected} in the audit log:\n{audit}"
        );
    }
    assert_eq!(audit.matches("verify-service").count(), 2);
}

#[test]
fn editors_are_scoped_and_api_tokens_work_until_revoked() {
    staff_scenario(&[]);
}

#[test]
fn staff_accounts_work_on_postgres() {
    let Some(db) = postgres_scratch("staff") else {
        return;
    };
    staff_scenario(&[("VECINO_DATABASE_URL", &db.url)]);
}
