//! Staff in end-to-end tests: accounts made with `vecino user add`, a signed-in browser (its
//! session cookie and form token) that gets pages and posts forms, and API tokens. Shared by
//! every test file that acts as staff, so each does not grow its own copy.

use reqwest::blocking::{Client, Response};
use reqwest::header::{HeaderMap, SET_COOKIE};
use reqwest::redirect::Policy;
use serde_json::Value;

use crate::{Server, run_with_input};

/// Every test account's password.
pub const PASSWORD: &str = "correct horse battery staple";

/// A client that does not follow redirects (tests read them).
pub fn client() -> Client {
    Client::builder().redirect(Policy::none()).build().unwrap()
}

/// `vecino user add <args>` with [`PASSWORD`] on standard input.
pub fn add_user(server: &Server, env: &[(&str, &str)], args: &[&str]) {
    let mut all = vec!["user", "add"];
    all.extend_from_slice(args);
    let (ok, out) = run_with_input(server.data_dir(), &all, env, &format!("{PASSWORD}\n"));
    assert!(ok, "vecino user add {args:?}:\n{out}");
}

/// Adds an admin.
pub fn add_admin(server: &Server, email: &str) {
    add_user(server, &[], &["--email", email, "--role", "admin"]);
}

/// Adds an editor of `orgs` (comma-separated slugs).
pub fn add_editor(server: &Server, email: &str, orgs: &str) {
    add_user(
        server,
        &[],
        &["--email", email, "--role", "editor", "--orgs", orgs],
    );
}

/// `name=value` of a `Set-Cookie` header named `name`.
pub fn set_cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with(&format!("{name}=")))
        .map(|v| v.split(';').next().unwrap().to_owned())
}

/// The anti-forgery token of the first form in a page.
pub fn csrf(html: &str) -> String {
    let at = html.find(r#"name="csrf" value=""#).expect("a csrf field") + 19;
    html[at..at + 64].to_owned()
}

/// A signed-in browser: its cookie and its forms' token.
pub struct Staff<'a> {
    pub c: Client,
    pub server: &'a Server,
    pub cookie: String,
    pub csrf: String,
}

/// Signs in; `Err(status)` when the server refuses.
pub fn try_sign_in<'a>(server: &'a Server, email: &str, password: &str) -> Result<Staff<'a>, u16> {
    let c = client();
    let form = c.get(server.url("/admin/en/login")).send().unwrap();
    let login_cookie = set_cookie(form.headers(), "vecino_login").unwrap();
    let token = csrf(&form.text().unwrap());
    let resp = c
        .post(server.url("/admin/en/login"))
        .header("Cookie", &login_cookie)
        .form(&[
            ("csrf", token.as_str()),
            ("email", email),
            ("password", password),
        ])
        .send()
        .unwrap();
    if resp.status() != 303 {
        return Err(resp.status().as_u16());
    }
    let cookie = set_cookie(resp.headers(), "vecino_session").unwrap();
    let home = c
        .get(server.url("/admin/en/"))
        .header("Cookie", &cookie)
        .send()
        .unwrap()
        .text()
        .unwrap();
    Ok(Staff {
        csrf: csrf(&home),
        c,
        server,
        cookie,
    })
}

/// Signs in with [`PASSWORD`].
pub fn sign_in<'a>(server: &'a Server, email: &str) -> Staff<'a> {
    try_sign_in(server, email, PASSWORD).expect("signs in")
}

impl Staff<'_> {
    pub fn get(&self, path: &str) -> Response {
        self.c
            .get(self.server.url(path))
            .header("Cookie", &self.cookie)
            .send()
            .unwrap()
    }

    /// A page that must answer 200.
    pub fn page(&self, path: &str) -> String {
        let resp = self.get(path);
        assert_eq!(resp.status(), 200, "{path}");
        resp.text().unwrap()
    }

    /// Posts a form with the session's token (unless `fields` brings its own `csrf`).
    pub fn post(&self, path: &str, fields: &[(&str, &str)]) -> Response {
        let mut all: Vec<(&str, &str)> = Vec::new();
        if !fields.iter().any(|(k, _)| *k == "csrf") {
            all.push(("csrf", &self.csrf));
        }
        all.extend_from_slice(fields);
        self.c
            .post(self.server.url(path))
            .header("Cookie", &self.cookie)
            .form(&all)
            .send()
            .unwrap()
    }

    /// Posts owned name–value pairs (what [`form_values`] and [`with_changes`] give).
    pub fn post_values(&self, path: &str, values: &[(String, String)]) -> Response {
        let fields: Vec<(&str, &str)> = values
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        self.post(path, &fields)
    }

    /// [`Staff::post_values`], expecting a redirect; returns where to.
    pub fn post_values_ok(&self, path: &str, values: &[(String, String)]) -> String {
        let fields: Vec<(&str, &str)> = values
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        self.post_ok(path, &fields)
    }

    /// Posts and expects a redirect; returns where to.
    pub fn post_ok(&self, path: &str, fields: &[(&str, &str)]) -> String {
        let resp = self.post(path, fields);
        let status = resp.status();
        let location = resp
            .headers()
            .get("location")
            .map(|l| l.to_str().unwrap().to_owned());
        assert_eq!(status, 303, "{path}: {}", resp.text().unwrap_or_default());
        location.unwrap()
    }

    /// A new API token acting as this account (shown once, on the staff home).
    pub fn api_token(&self, name: &str) -> String {
        let html = self
            .post("/admin/en/tokens", &[("name", name)])
            .text()
            .unwrap();
        let at = html.find(r#"<code id="new-token">"#).expect("a new token") + 21;
        html[at..at + 71].to_owned()
    }
}

/// GETs JSON.
pub fn get_json(c: &Client, url: &str) -> Value {
    c.get(url).send().unwrap().json().unwrap()
}

/// Undoes askama's HTML escaping of a value.
pub fn unescape(s: &str) -> String {
    s.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// The fields of the edit form in `html` as a browser would post them unchanged: text inputs,
/// text areas, the selected option of each select, and checked boxes (the token excluded).
pub fn form_values(html: &str) -> Vec<(String, String)> {
    let attr = |tag: &str, name: &str| -> Option<String> {
        let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
        let end = tag[at..].find('"')?;
        Some(unescape(&tag[at..at + end]))
    };
    let form = &html[html.find("<form class=\"edit\"").expect("an edit form")..];
    let form = &form[..form.find("</form>").expect("the form ends")];
    let mut out = Vec::new();
    let mut rest = form;
    while let Some(open) = rest.find('<') {
        rest = &rest[open..];
        let end = rest.find('>').expect("a tag ends");
        let tag = &rest[..=end];
        if tag.starts_with("<input") {
            let kind = attr(tag, "type").unwrap_or_default();
            if let Some(name) = attr(tag, "name").filter(|n| n != "csrf") {
                let value = attr(tag, "value").unwrap_or_default();
                if kind != "checkbox" || tag.contains(" checked") {
                    out.push((name, value));
                }
            }
        } else if tag.starts_with("<textarea") {
            let name = attr(tag, "name").expect("a named text area");
            let body = &rest[end + 1..];
            let close = body.find("</textarea>").expect("the text area ends");
            out.push((name, unescape(&body[..close])));
        } else if tag.starts_with("<select") {
            let name = attr(tag, "name").expect("a named select");
            let body = &rest[end + 1..];
            let close = body.find("</select>").expect("the select ends");
            let options = &body[..close];
            let chosen = options
                .split("<option")
                .skip(1)
                .find(|o| o.contains(" selected"))
                .or_else(|| options.split("<option").nth(1))
                .and_then(|o| attr(o, "value"))
                .unwrap_or_default();
            out.push((name, chosen));
        }
        rest = &rest[end + 1..];
    }
    out
}

/// `values` with `changes` applied (a name given in `changes` replaces every value of it).
pub fn with_changes(
    values: &[(String, String)],
    changes: &[(&str, &str)],
) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = values
        .iter()
        .filter(|(k, _)| !changes.iter().any(|(c, _)| c == k))
        .cloned()
        .collect();
    out.extend(
        changes
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned())),
    );
    out
}

/// The id of the account `email`, read from the admin's accounts page.
pub fn account_id(admin: &Staff, email: &str) -> String {
    let accounts = admin.page("/admin/en/accounts");
    let at = accounts.find(email).expect("the account is listed");
    let id_at = accounts[..at].rfind("id=\"acct-").expect("an account row") + 9;
    accounts[id_at..id_at + 36].to_owned()
}

/// An API token acting as a new editor of `orgs` (comma-separated slugs). Only admins make
/// tokens, so the account is made an admin, makes its token, and is then made an editor by
/// `admin`: the token acts with the account's current role.
pub fn editor_token(admin: &Staff, email: &str, orgs: &str) -> String {
    add_admin(admin.server, email);
    let token = sign_in(admin.server, email).api_token("automation");
    let id = account_id(admin, email);
    admin.post_ok(
        &format!("/admin/en/accounts/{id}"),
        &[("role", "editor"), ("organizations", orgs)],
    );
    token
}
