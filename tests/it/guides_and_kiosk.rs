//! Guides' Markdown, the kiosk's reset and translators' privacy, against the real binary: the
//! attacks of the security review, each refused. A translator saves a guide translation that
//! tries to inject attributes, images of the kiosk's reset address and script links; a page
//! of another site tries to reset the kiosk; the public HSDS output and `vecino export` are
//! searched for the translator's email; the offline app's Markdown renderer is run in Node on
//! 100,000 `[`; and Chromium checks the page's DOM, a reader's stored data, and the kiosk's
//! history after a reset (tests/browser/kiosk.mjs).

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;
use vecino_e2e::Server;
use vecino_e2e::staff::{Staff, add_user, client, get_json, sign_in};

/// The security review's translation of "Know your rights" into Spanish, with the images and
/// links it also tried.
const PAYLOAD: &str = concat!(
    "Derechos. [ver](https://example.org \"&#91;changing:\") x &#93;\" id=\"pwned\" data-print ",
    "onmouseover=\"alert(document.domain)\" hidden title=\"\n\n",
    "Tarjeta: ![](/kiosk/reset) ![tarjeta roja](/kiosk/reset)\n\n",
    "[clic](javascript:alert(1)) [datos](data:text/html,hola) [ayuda](https://www.ilrc.org/red-cards)\n",
);

const TRANSLATOR: &str = "tr@example.org";

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// A server with a translator into Spanish, signed in.
fn with_translator(env: &[(&str, &str)]) -> Server {
    let server = Server::start(env);
    add_user(
        &server,
        env,
        &[
            "--email",
            TRANSLATOR,
            "--role",
            "translator",
            "--locales",
            "es",
        ],
    );
    server
}

fn guide_id(server: &Server, slug: &str) -> String {
    let guide = get_json(&client(), &server.url(&format!("/api/v1/guides/{slug}")));
    guide["id"].as_str().expect("a guide id").to_owned()
}

/// The value of the hidden field `name` in a page.
fn hidden(html: &str, name: &str) -> String {
    let marker = format!(r#"name="{name}" value=""#);
    let at = html.find(&marker).expect("the hidden field") + marker.len();
    html[at..at + html[at..].find('"').unwrap()].to_owned()
}

/// The translator saves `text` as the Spanish `field` of a record; the status and the page.
fn translate(staff: &Staff, kind: &str, id: &str, field: &str, text: &str) -> (u16, String) {
    let editor = format!("/admin/en/translations/es/{kind}/{id}/{field}");
    let page = staff.page(&editor);
    let source_hash = hidden(&page, "source_hash");
    let resp = staff.post(
        &editor,
        &[
            ("source_hash", source_hash.as_str()),
            ("text", text),
            ("action", "save"),
        ],
    );
    (resp.status().as_u16(), resp.text().unwrap())
}

fn page(server: &Server, path: &str) -> String {
    let resp = client().get(server.url(path)).send().unwrap();
    assert_eq!(resp.status(), 200, "{path}");
    resp.text().unwrap()
}

/// Every tag of an HTML page (text in it has its `<` escaped, so each `<` opens a real tag).
fn tags(html: &str) -> Vec<&str> {
    html.split('<')
        .skip(1)
        .map(|t| &t[..t.find('>').unwrap_or(t.len())])
        .collect()
}

/// The guide's body on a page.
fn body(html: &str) -> &str {
    let at = html.find(r#"<div class="body""#).expect("a guide body");
    &html[at..at + html[at..].find("</div>").unwrap()]
}

#[test]
fn a_translator_cannot_inject_attributes_images_or_script_links_into_a_guide_page() {
    let server = with_translator(&[]);
    let tr = sign_in(&server, TRANSLATOR);
    let id = guide_id(&server, "know-your-rights");
    let (status, text) = translate(&tr, "guide", &id, "body", PAYLOAD);
    assert_eq!(status, 303, "the text itself is allowed: {text}");

    for path in [
        "/es/guides/know-your-rights",
        "/kiosk/es/guides/know-your-rights",
    ] {
        let html = page(&server, path);
        let shown = body(&html);
        assert!(shown.contains("Derechos."), "{path}: {shown}");
        for tag in tags(&html) {
            assert!(
                !tag.contains("onmouseover"),
                "{path}: an injected handler in <{tag}>"
            );
            assert!(!tag.contains("pwned"), "{path}: an injected id in <{tag}>");
            assert!(!tag.starts_with("img"), "{path}: an image in <{tag}>");
            assert!(
                !tag.contains("javascript:"),
                "{path}: a script link in <{tag}>"
            );
            assert!(!tag.contains("data:text"), "{path}: a data link in <{tag}>");
        }
        for tag in tags(shown) {
            assert!(
                !tag.contains("/kiosk/reset"),
                "{path}: the reset address in <{tag}>"
            );
        }
        assert!(
            shown.contains("tarjeta roja"),
            "an image is its description: {shown}"
        );
        assert!(
            shown.contains("clic"),
            "a refused link is its text: {shown}"
        );
    }
    let html = page(&server, "/es/guides/know-your-rights");
    assert!(
        body(&html).contains(r#"<a href="https://example.org" title="[changing:">ver</a>"#),
        "a web link stays a link, its title only text: {}",
        body(&html)
    );
    assert!(body(&html).contains(r#"<a href="https://www.ilrc.org/red-cards">ayuda</a>"#));
    let kiosk = page(&server, "/kiosk/es/guides/know-your-rights");
    assert!(
        body(&kiosk).contains("ayuda (https://www.ilrc.org/red-cards)"),
        "in the kiosk a link to another site is its text and address"
    );
    // The translator's own preview shows the same safe HTML.
    let preview = tr.page(&format!(
        "/admin/en/translations/es/guide/{id}/body?saved=1"
    ));
    for tag in tags(&preview) {
        assert!(
            !tag.contains("onmouseover") && !tag.contains("pwned"),
            "<{tag}>"
        );
        assert!(!tag.starts_with("img"), "<{tag}>");
    }
    server.stop();
}

#[test]
fn an_encoded_marker_of_an_undeclared_fact_is_refused_and_a_declared_one_still_shows_its_date() {
    let server = with_translator(&[]);
    let tr = sign_in(&server, TRANSLATOR);
    let id = guide_id(&server, "know-your-rights");
    for sneaky in [
        "Hola &#91;changing:bogus] x",
        "Hola [changing&#58;bogus] x",
        "Hola [changing:bogus] x",
    ] {
        let (status, html) = translate(&tr, "guide", &id, "body", sneaky);
        assert_eq!(status, 422, "{sneaky} is refused");
        assert!(
            html.contains("[changing:bogus]"),
            "the error names the marker"
        );
    }
    // A marker inside code is code: it is neither checked nor replaced.
    let (status, _) = translate(&tr, "guide", &id, "body", "Use `[changing:bogus]` así.");
    assert_eq!(status, 303);
    assert!(
        body(&page(&server, "/es/guides/know-your-rights"))
            .contains("<code>[changing:bogus]</code>")
    );
    let (status, _) = translate(
        &tr,
        "guide",
        &id,
        "body",
        "## Hoy\n\n[changing:ice-home-entry-memo] Un memo de ICE.",
    );
    assert_eq!(status, 303);
    let shown = page(&server, "/es/guides/know-your-rights");
    assert!(
        // `changing` or `changing overdue`, by the fact's last check.
        body(&shown).contains(r#"<strong class="changing"#),
        "a declared fact's marker becomes its dated notice: {}",
        body(&shown)
    );
    assert!(!body(&shown).contains("[changing:"));
    server.stop();
}

#[test]
fn only_a_same_origin_post_from_the_kiosk_page_makes_the_browser_forget_the_site() {
    let server = Server::start(&[]);
    let c = client();
    let kiosk = page(&server, "/kiosk/es/");
    assert!(
        kiosk.contains(r#"<form class="start-over" action="/kiosk/reset" method="post" data-kiosk-reset><input type="hidden" name="from" value="kiosk">"#),
        "the kiosk page has the start-over form"
    );
    assert!(!kiosk.contains(r#"href="/kiosk/reset""#), "no link resets");

    // A GET (a link, a redirect, an image) only goes to the kiosk's home.
    let resp = c.get(server.url("/kiosk/reset")).send().unwrap();
    assert_eq!(resp.status(), 303);
    assert!(
        resp.headers().get("clear-site-data").is_none(),
        "a GET clears nothing"
    );

    let ours = server.base.clone();
    let post = |headers: &[(&str, &str)], form: &[(&str, &str)]| {
        let mut req = c.post(server.url("/kiosk/reset")).form(form);
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        req.send().unwrap()
    };
    let from_kiosk = [("from", "kiosk")];
    for (what, headers, form) in [
        (
            "another site's form",
            vec![
                ("Sec-Fetch-Site", "cross-site"),
                ("Origin", "http://evil.example"),
            ],
            &from_kiosk[..],
        ),
        (
            "a sibling site's form",
            vec![("Sec-Fetch-Site", "same-site"), ("Origin", ours.as_str())],
            &from_kiosk[..],
        ),
        (
            "another site's page that hides its origin",
            vec![("Sec-Fetch-Site", "cross-site"), ("Origin", "null")],
            &from_kiosk[..],
        ),
        (
            "an old browser on another site",
            vec![("Origin", "http://evil.example")],
            &from_kiosk[..],
        ),
        (
            "a request that says nothing of where it comes from",
            vec![],
            &from_kiosk[..],
        ),
        (
            "a post without the kiosk's form",
            vec![("Sec-Fetch-Site", "same-origin"), ("Origin", ours.as_str())],
            &[][..],
        ),
    ] {
        let resp = post(&headers, form);
        assert_eq!(resp.status(), 403, "{what}");
        assert!(resp.headers().get("clear-site-data").is_none(), "{what}");
    }

    let resp = post(
        &[
            ("Sec-Fetch-Site", "same-origin"),
            ("Origin", ours.as_str()),
            ("Accept-Language", "es"),
        ],
        &from_kiosk,
    );
    assert_eq!(resp.status(), 303);
    assert_eq!(resp.headers()["location"], "/kiosk/es/");
    let cleared = resp.headers()["clear-site-data"].to_str().unwrap();
    for kind in ["\"cache\"", "\"cookies\"", "\"storage\""] {
        assert!(cleared.contains(kind), "{cleared}");
    }
    assert_eq!(resp.headers()["cache-control"], "no-store");
    let logs = server.stop();
    assert!(!logs.contains("evil.example"), "no origin is logged");
}

/// Every string in a JSON value.
fn strings(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::String(s) => out.push(s.clone()),
        Value::Array(items) => items.iter().for_each(|v| strings(v, out)),
        Value::Object(map) => map.values().for_each(|v| strings(v, out)),
        _ => {}
    }
}

/// The `reviewer`s of the texts in a JSON value.
fn reviewers(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Array(items) => items.iter().for_each(|v| reviewers(v, out)),
        Value::Object(map) => {
            if let Some(Value::String(r)) = map.get("reviewer") {
                out.push(r.clone());
            }
            map.values().for_each(|v| reviewers(v, out));
        }
        _ => {}
    }
}

fn sqlite(db: &Path, sql: &str) -> Option<String> {
    let out = Command::new("sqlite3").arg(db).arg(sql).output().ok()?;
    assert!(
        out.status.success(),
        "{sql}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(String::from_utf8_lossy(&out.stdout).trim().to_owned())
}

#[test]
fn a_translators_email_is_never_published_on_sqlite() {
    email_scenario(&[], None);
}

#[test]
fn a_translators_email_is_never_published_on_postgres() {
    let Some(db) = vecino_e2e::postgres_scratch("reviewers") else {
        return;
    };
    email_scenario(&[("VECINO_DATABASE_URL", &db.url)], Some(&db.url));
}

/// `postgres`: the database the server runs on, if not its own SQLite file.
fn email_scenario(env: &[(&str, &str)], postgres: Option<&str>) {
    let server = with_translator(env);
    let tr = sign_in(&server, TRANSLATOR);
    let c = client();
    let guide = guide_id(&server, "know-your-rights");
    let services = get_json(&c, &server.url("/api/v1/services?per_page=1"));
    let service = services["services"][0]["id"].as_str().unwrap().to_owned();
    let (status, _) = translate(
        &tr,
        "guide",
        &guide,
        "body",
        "## Sus derechos\n\n- Guarde silencio.",
    );
    assert_eq!(status, 303);
    let (status, _) = translate(&tr, "service", &service, "name", "Ayuda legal gratuita");
    assert_eq!(status, 303);
    // Staff still see who reviewed, by email.
    assert!(
        tr.page(&format!("/admin/en/translations/es/guide/{guide}/body"))
            .contains(TRANSLATOR)
    );

    let mut published = Vec::new();
    for path in [
        format!("/hsds/guides/{guide}"),
        "/hsds/guides".to_owned(),
        format!("/hsds/services/{service}"),
    ] {
        let json = get_json(&c, &server.url(&path));
        let mut found = Vec::new();
        reviewers(&json, &mut found);
        assert!(!found.is_empty(), "{path} shows reviewers");
        published.push((path, json, found));
    }
    let export = server.data_dir().join("export");
    let (ok, out) = vecino_e2e::run(
        server.data_dir(),
        &["export", "--out", export.to_str().unwrap()],
        env,
    );
    assert!(ok, "{out}");
    for file in std::fs::read_dir(&export).unwrap() {
        let path = file.unwrap().path();
        if !path.is_file() || path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            !text.contains(TRANSLATOR),
            "{} names the translator",
            path.display()
        );
        let json: Value = serde_json::from_str(&text).unwrap();
        let mut found = Vec::new();
        reviewers(&json, &mut found);
        published.push((path.display().to_string(), json, found));
    }
    let mut ids = Vec::new();
    for (what, json, found) in &published {
        let mut all = Vec::new();
        strings(json, &mut all);
        assert!(
            !all.iter().any(|s| s.contains(TRANSLATOR)),
            "{what} names the translator"
        );
        for r in found {
            assert!(!r.contains('@'), "{what}: reviewer {r}");
        }
        ids.extend(found.iter().filter(|r| r.starts_with("staff:")).cloned());
    }
    ids.sort();
    ids.dedup();
    assert_eq!(
        ids.len(),
        1,
        "one stable id for the one translator: {ids:?}"
    );
    let translator_id = ids[0].clone();

    // Texts saved before this change named the translator by email: the migration rewrites
    // them, to the account's id or, for an address no account has, to `staff:unknown`.
    let dir = server.data_dir().to_owned();
    server.stop_keeping_data();
    let stored = match postgres {
        None => {
            let db = dir.join("vecino.db");
            let set = format!(
                "UPDATE guides SET body = json_set(body, '$.texts.es.reviewer', '{TRANSLATOR}'), \
                 title = json_set(title, '$.texts.es.reviewer', 'gone@example.org', \
                                  '$.texts.es.reviewed_at', '2026-12-01') WHERE id = '{guide}'; \
                 DELETE FROM seaql_migrations WHERE version LIKE '%_reviewers'; \
                 SELECT body FROM guides WHERE id = '{guide}';"
            );
            sqlite(&db, &set)
        }
        Some(url) => {
            let set = format!(
                "UPDATE guides SET body = jsonb_set(body::jsonb, '{{texts,es,reviewer}}', '\"{TRANSLATOR}\"'), \
                 title = jsonb_set(jsonb_set(title::jsonb, '{{texts,es,reviewer}}', '\"gone@example.org\"'), \
                                   '{{texts,es,reviewed_at}}', '\"2026-12-01\"') WHERE id = '{guide}'; \
                 DELETE FROM seaql_migrations WHERE version LIKE '%_reviewers'; \
                 SELECT body FROM guides WHERE id = '{guide}';"
            );
            let out = Command::new("psql")
                .args([url, "-v", "ON_ERROR_STOP=1", "-q", "-t", "-c", &set])
                .output()
                .expect("psql");
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            Some(String::from_utf8_lossy(&out.stdout).into_owned())
        }
    };
    let Some(stored) = stored else {
        vecino_e2e::skip(
            "a translator's email is never published: the migration half",
            "sqlite3 is not installed",
        );
        let _ = std::fs::remove_dir_all(&dir);
        return;
    };
    assert!(
        stored.contains(TRANSLATOR),
        "the old form is stored: {stored}"
    );
    let server = Server::start_in(&dir, env);
    let json = get_json(&c, &server.url(&format!("/hsds/guides/{guide}")));
    let mut all = Vec::new();
    strings(&json, &mut all);
    assert!(
        !all.iter()
            .any(|s| s.contains('@') && s.ends_with("example.org")),
        "{json}"
    );
    let found = |field: &str| json[field]["texts"]["es"]["reviewer"].clone();
    let (body_reviewer, title_reviewer) = (found("body"), found("title"));
    assert_eq!(body_reviewer, Value::String(translator_id), "{json}");
    assert_eq!(title_reviewer, "staff:unknown", "{json}");
    server.stop();
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_offline_renderer_is_linear_and_renders_ordinary_markdown_as_before() {
    if Command::new("node").arg("--version").output().is_err() {
        vecino_e2e::skip("the offline renderer in Node", "node is not installed");
        return;
    }
    let out = Command::new("node")
        .arg(workspace().join("tests/it/offline_markdown.mjs"))
        .arg(workspace())
        .output()
        .expect("run node");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        report["compared"].as_u64().unwrap() > 50,
        "every starter guide is compared"
    );
    assert_eq!(
        report["differences"].as_array().unwrap().len(),
        0,
        "ordinary Markdown renders as before: {:#}",
        report["differences"]
    );
    for (name, timing) in report["timings"].as_object().unwrap() {
        // c81ed95 took 11 s on 100,000 `[`; this one takes tens of milliseconds.
        let ms = timing["ms"].as_u64().unwrap();
        assert!(ms < 2000, "{name} took {ms} ms");
        assert!(
            timing["chars"].as_u64().unwrap() > 10_000,
            "{name} is all shown"
        );
    }
    let attacks = &report["attacks"];
    let image = attacks["image"].as_str().unwrap();
    assert!(
        !image.contains("<img") && !image.contains("href=\"/kiosk"),
        "{image}"
    );
    assert!(
        image.contains("pic"),
        "an image is its description: {image}"
    );
    let script = attacks["javascript"].as_str().unwrap();
    assert!(!script.contains("<a"), "{script}");
    assert!(
        !script.contains("javascript:") && !script.contains("data:"),
        "{script}"
    );
    assert_eq!(
        attacks["unknown-marker"], "<p>[changing:nope] stays</p>",
        "an unknown marker stays as text, as on the server"
    );
}

fn browser_missing() -> Option<String> {
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".to_owned());
    if !Path::new(&chromium).exists() {
        return Some(format!(
            "{chromium} is not installed (apt-get install chromium)"
        ));
    }
    if Command::new("node").arg("--version").output().is_err() {
        return Some("node is not installed".to_owned());
    }
    if !workspace()
        .join("tests/browser/node_modules/playwright-core")
        .exists()
    {
        return Some("tests/browser has no node_modules (run npm ci there)".to_owned());
    }
    None
}

#[test]
fn in_chromium_a_guide_wipes_nothing_carries_no_attributes_and_a_kiosk_reset_leaves_no_way_back() {
    if let Some(why) = browser_missing() {
        vecino_e2e::skip("guides and the kiosk in Chromium", &why);
        return;
    }
    let server = with_translator(&[]);
    let tr = sign_in(&server, TRANSLATOR);
    let id = guide_id(&server, "know-your-rights");
    let (status, _) = translate(&tr, "guide", &id, "body", PAYLOAD);
    assert_eq!(status, 303);
    let out = Command::new("node")
        .arg("kiosk.mjs")
        .arg(&server.base)
        .current_dir(workspace().join("tests/browser"))
        .output()
        .expect("run node");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    println!("{stdout}");
    let logs = server.stop();
    assert!(
        out.status.success(),
        "browser checks failed:\n{stdout}\n{stderr}\nserver:\n{logs}"
    );
    assert!(stdout.contains("kiosk: all checks passed"), "{stdout}");
    assert!(
        !logs.contains("abogado"),
        "the kiosk's search is never logged"
    );
}
