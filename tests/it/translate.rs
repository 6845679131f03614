//! The translation workflow through the real binary: a translator scoped to Vietnamese sees
//! what is missing and machine-translated, translates a service description (the public page,
//! the API and search in Vietnamese pick it up), sees exactly that text go stale when its
//! English source changes, re-translates it, and marks a machine translation reviewed; scope
//! and CSRF are enforced. A service's eligibility, documents and other detail texts are
//! offered, saved and shown on the listing page like its description. On SQLite and on
//! PostgreSQL.

use std::time::{Duration, Instant};

use reqwest::blocking::{Client, Response};
use reqwest::header::SET_COOKIE;
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

fn cookie_pair(resp: &Response, name: &str) -> String {
    resp.headers()
        .get_all(SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with(&format!("{name}=")))
        .unwrap_or_else(|| panic!("a {name} cookie"))
        .split(';')
        .next()
        .unwrap()
        .to_owned()
}

/// The value of the first hidden field `name` of a page.
fn hidden(html: &str, name: &str) -> String {
    let marker = format!(r#"name="{name}" value=""#);
    let at = html
        .find(&marker)
        .unwrap_or_else(|| panic!("a {name} field"))
        + marker.len();
    html[at..at + html[at..].find('"').unwrap()].to_owned()
}

struct Staff<'a> {
    c: &'a Client,
    server: &'a Server,
    cookie: String,
    csrf: String,
}

impl Staff<'_> {
    fn get(&self, path: &str) -> (u16, String) {
        let resp = self
            .c
            .get(self.server.url(path))
            .header("Cookie", &self.cookie)
            .send()
            .unwrap();
        (resp.status().as_u16(), resp.text().unwrap())
    }

    fn post(&self, path: &str, form: &[(&str, &str)]) -> (u16, String, String) {
        let resp = self
            .c
            .post(self.server.url(path))
            .header("Cookie", &self.cookie)
            .form(form)
            .send()
            .unwrap();
        let location = resp
            .headers()
            .get("location")
            .map(|v| v.to_str().unwrap().to_owned())
            .unwrap_or_default();
        (resp.status().as_u16(), location, resp.text().unwrap())
    }
}

fn sign_in<'a>(c: &'a Client, server: &'a Server, email: &str) -> Staff<'a> {
    let form = c.get(server.url("/admin/en/login")).send().unwrap();
    let login = cookie_pair(&form, "vecino_login");
    let csrf = hidden(&form.text().unwrap(), "csrf");
    let resp = c
        .post(server.url("/admin/en/login"))
        .header("Cookie", &login)
        .form(&[
            ("csrf", csrf.as_str()),
            ("email", email),
            ("password", PASSWORD),
        ])
        .send()
        .unwrap();
    assert_eq!(resp.status(), 303);
    let cookie = cookie_pair(&resp, "vecino_session");
    let home = c
        .get(server.url("/admin/en/"))
        .header("Cookie", &cookie)
        .send()
        .unwrap()
        .text()
        .unwrap();
    Staff {
        c,
        server,
        cookie,
        csrf: hidden(&home, "csrf"),
    }
}

/// The numbers of a table row (`<tr data-locale="vi">…`), in column order.
fn row_numbers(html: &str, row_marker: &str) -> Vec<u64> {
    let at = html
        .find(row_marker)
        .unwrap_or_else(|| panic!("{row_marker}"));
    let row = &html[at..at + html[at..].find("</tr>").unwrap()];
    row.split("<td>")
        .skip(1)
        .map(|cell| {
            let text: String = cell
                .split('>')
                .nth(1)
                .unwrap()
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            text.parse().unwrap()
        })
        .collect()
}

/// The `data-slug` values of a list page's rows, with the field link text.
fn listed(html: &str) -> Vec<String> {
    html.match_indices("<tr data-slug=\"")
        .map(|(at, m)| {
            let rest = &html[at + m.len()..];
            rest[..rest.find('"').unwrap()].to_owned()
        })
        .collect()
}

fn json(c: &Client, server: &Server, path: &str) -> Value {
    c.get(server.url(path)).send().unwrap().json().unwrap()
}

/// Waits until search in `lang` for `q` finds (or no longer finds) the service `slug`.
fn search_finds(c: &Client, server: &Server, q: &str, lang: &str, slug: &str) -> Value {
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let found = json(
            c,
            server,
            &format!("/api/v1/search?q={q}&lang={lang}&kind=service"),
        );
        if let Some(hit) = found["results"]
            .as_array()
            .unwrap()
            .iter()
            .find(|h| h["slug"] == slug)
        {
            return hit.clone();
        }
        assert!(
            Instant::now() < deadline,
            "search never found {slug}: {found}"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// Changes a service's English description through the store, as an editor would.
fn change_source(db_url: &str, id: &str, description: &str) {
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let store = vecino_store::Store::connect(db_url).await.unwrap();
        let id = vecino_core::Id::parse(id).unwrap();
        let mut service = store.service(id).await.unwrap().unwrap();
        assert_eq!(service.description.source_locale().as_str(), "en");
        service.description.set_source(description).unwrap();
        assert!(store.put_service(&service).await.unwrap().is_some());
        store.close().await.unwrap();
    });
}

const VI_TEXT: &str = "Tư vấn pháp lý miễn phí cho người nhập cư ở Quetzaltenango.";

/// `postgres`: the database the server runs on, if not its own SQLite file.
fn translation_scenario(env: &[(&str, &str)], postgres: Option<&str>) {
    let server = Server::start(env);
    let db_url = match postgres {
        Some(url) => url.to_owned(),
        None => format!(
            "sqlite://{}?mode=rwc",
            server.data_dir().join("vecino.db").display()
        ),
    };
    let c = client();
    for (email, role, scope) in [
        ("admin@example.org", "admin", None),
        ("vi@example.org", "translator", Some(("--locales", "vi"))),
    ] {
        let mut args = vec!["--email", email, "--role", role];
        if let Some((flag, value)) = scope {
            args.extend([flag, value]);
        }
        add_user(&server, env, &args);
    }
    let services = json(&c, &server, "/api/v1/services?per_page=100");
    let service = &services["services"][0];
    let (id, slug) = (
        service["id"].as_str().unwrap(),
        service["slug"].as_str().unwrap(),
    );
    let org_slug = service["organization"]["slug"].as_str().unwrap();
    add_user(
        &server,
        env,
        &[
            "--email",
            "ed@example.org",
            "--role",
            "editor",
            "--orgs",
            org_slug,
        ],
    );

    // The translator sees only Vietnamese, with what is missing and machine-translated.
    let vi = sign_in(&c, &server, "vi@example.org");
    let (status, home) = vi.get("/admin/en/");
    assert_eq!(status, 200);
    assert!(home.contains(r#"href="/admin/en/translations""#), "{home}");
    let (status, index) = vi.get("/admin/en/translations");
    assert_eq!(status, 200);
    assert!(!index.contains(r#"data-locale="ar""#), "only their locales");
    let counts = row_numbers(&index, r#"data-locale="vi""#);
    let [missing, stale, machine, _imported, human] = counts[..] else {
        panic!("{counts:?}")
    };
    assert!(missing > 0, "the starter services have no Vietnamese");
    assert!(machine > 0, "the starter guides are machine-translated");
    assert_eq!((stale, human), (0, 0), "{counts:?}");

    let (status, list) = vi.get("/admin/en/translations/vi?state=missing&kind=service");
    assert_eq!(status, 200);
    assert!(listed(&list).iter().any(|s| s == slug), "{list}");
    let (status, _) = vi.get("/admin/en/translations/vi?state=fresh");
    assert_eq!(status, 400, "an unknown state is refused");

    // The side-by-side editor: the English source beside an empty Vietnamese textarea.
    let editor = format!("/admin/en/translations/vi/service/{id}/description");
    let (status, page) = vi.get(&editor);
    assert_eq!(status, 200);
    let english = service["description"]["text"].as_str().unwrap();
    assert!(
        page.contains(r#"id="tr-source" lang="en""#),
        "the source, in its language"
    );
    assert!(page.contains(r#"data-state="missing""#));
    let source_hash = hidden(&page, "source_hash");

    // Empty text: a localized error, nothing saved. No CSRF token: refused.
    let (status, _, page) = vi.post(
        &editor,
        &[
            ("csrf", &vi.csrf),
            ("source_hash", &source_hash),
            ("text", "   "),
        ],
    );
    assert_eq!(status, 422);
    assert!(page.contains("Type the translation before saving."));
    let (status, _, _) = vi.post(&editor, &[("source_hash", &source_hash), ("text", VI_TEXT)]);
    assert_eq!(status, 403, "a form without its CSRF token");
    let before = json(&c, &server, &format!("/api/v1/services/{id}?lang=vi"));
    assert_eq!(before["description"]["locale"], "en", "nothing was saved");

    // Saved as a human translation.
    let (status, location, _) = vi.post(
        &editor,
        &[
            ("csrf", &vi.csrf),
            ("source_hash", &source_hash),
            ("text", VI_TEXT),
            ("action", "save"),
        ],
    );
    assert_eq!(status, 303);
    assert_eq!(location, format!("{editor}?saved=1"));
    let (_, page) = vi.get(&location);
    assert!(page.contains(r#"data-state="human""#), "{page}");
    assert!(
        page.contains("vi@example.org"),
        "the translator is recorded"
    );
    let after = json(&c, &server, &format!("/api/v1/services/{id}?lang=vi"));
    assert_eq!(after["description"]["text"], VI_TEXT);
    assert_eq!(after["description"]["locale"], "vi");
    assert_eq!(after["description"]["provenance"], "human");
    assert_eq!(after["description"]["stale"], false);
    let public = c
        .get(server.url(&format!("/vi/services/{slug}")))
        .send()
        .unwrap()
        .text()
        .unwrap();
    assert!(
        public.contains(&format!(
            r#"<div class="description" lang="vi" dir="ltr"><p>{VI_TEXT}</p>"#
        )),
        "the public page in Vietnamese shows it"
    );
    // Search in Vietnamese finds it, accents or not.
    let hit = search_finds(&c, &server, "quetzaltenango", "vi", slug);
    assert_eq!(hit["locale"], "vi", "{hit}");
    search_finds(
        &c,
        &server,
        "tu%20van%20phap%20ly%20quetzaltenango",
        "vi",
        slug,
    );

    // The English source changes: exactly that field of that record is stale in Vietnamese.
    let (_, list) = vi.get("/admin/en/translations/vi?state=stale");
    assert!(listed(&list).is_empty(), "nothing stale yet");
    let new_english = format!("{english} Appointments are needed on Saturdays.");
    change_source(&db_url, id, &new_english);
    let (_, list) = vi.get("/admin/en/translations/vi?state=stale");
    assert_eq!(listed(&list), vec![slug.to_owned()], "{list}");
    assert!(list.contains(&format!("/service/{id}/description\"")));
    assert!(list.contains(r#"data-state="stale""#));
    assert!(list.contains("Texts found: 1"), "{list}");
    let (_, index) = vi.get("/admin/en/translations");
    assert_eq!(row_numbers(&index, r#"data-locale="vi""#)[1], 1);

    // The editor shows what changed in the source (the old one was kept).
    let (_, page) = vi.get(&editor);
    assert!(page.contains(r#"id="tr-stale""#));
    assert!(
        page.contains("<ins>Appointments are needed on Saturdays.</ins>"),
        "{page}"
    );
    assert!(page.contains(VI_TEXT), "the old translation to start from");
    let new_hash = hidden(&page, "source_hash");
    assert_ne!(new_hash, source_hash);

    // A form made before the change is not saved over the new source: the typed text stays.
    let retyped = "Tư vấn pháp lý miễn phí ở Quetzaltenango. Cần hẹn trước vào thứ Bảy.";
    let (status, _, page) = vi.post(
        &editor,
        &[
            ("csrf", &vi.csrf),
            ("source_hash", &source_hash),
            ("text", retyped),
        ],
    );
    assert_eq!(status, 409);
    assert!(page.contains("The source text changed while you were translating."));
    assert!(page.contains(retyped));
    let (status, _, _) = vi.post(
        &editor,
        &[
            ("csrf", &vi.csrf),
            ("source_hash", &new_hash),
            ("text", retyped),
        ],
    );
    assert_eq!(status, 303);
    let (_, list) = vi.get("/admin/en/translations/vi?state=stale");
    assert!(listed(&list).is_empty(), "re-translated: no longer stale");
    let after = json(&c, &server, &format!("/api/v1/services/{id}?lang=vi"));
    assert_eq!(after["description"]["text"], retyped);
    assert_eq!(after["description"]["stale"], false);

    // Mark reviewed: a machine-translated guide field becomes human, with reviewer and date.
    let (_, list) = vi.get("/admin/en/translations/vi?state=machine&kind=guide");
    let at = list
        .find("/admin/en/translations/vi/guide/")
        .expect("a machine guide");
    let guide_editor = list[at..at + list[at..].find('"').unwrap()].to_owned();
    let (_, page) = vi.get(&guide_editor);
    assert!(page.contains(r#"data-state="machine""#));
    let guide_hash = hidden(&page, "source_hash");
    let machine_text = {
        let at = page.find(r#"name="text""#).unwrap();
        let open = at + page[at..].find('>').unwrap() + 1;
        page[open..open + page[open..].find("</textarea>").unwrap()].to_owned()
    };
    let review = format!("{guide_editor}/review");
    let (status, _, _) = vi.post(&review, &[("source_hash", &guide_hash)]);
    assert_eq!(status, 403, "no CSRF token");
    let (status, location, _) =
        vi.post(&review, &[("csrf", &vi.csrf), ("source_hash", &guide_hash)]);
    assert_eq!(status, 303);
    let (_, page) = vi.get(&location);
    assert!(page.contains(r#"data-state="human""#), "{page}");
    assert!(page.contains(&machine_text), "the text is kept as it was");
    assert!(
        page.contains("by vi@example.org on 20"),
        "reviewer and date: {page}"
    );

    // A guide body is Markdown: previewed safely (raw HTML shown as text), never saved by a
    // preview; a [changing:…] marker the guide does not declare is refused.
    let body_editor = format!("{}/body", guide_editor.rsplit_once('/').unwrap().0);
    let (status, page) = vi.get(&body_editor);
    assert_eq!(status, 200);
    let body_hash = hidden(&page, "source_hash");
    assert!(
        page.contains(r#"id="tr-preview""#),
        "the machine body, rendered"
    );
    let typed = "## Quyền của bạn\n\n**Quan trọng**<script>alert(1)</script>";
    let (status, _, page) = vi.post(
        &body_editor,
        &[
            ("csrf", &vi.csrf),
            ("source_hash", &body_hash),
            ("text", typed),
            ("action", "preview"),
        ],
    );
    assert_eq!(status, 200);
    let preview = &page[page.find(r#"id="tr-preview""#).unwrap()..];
    assert!(preview.contains("<h2>Quyền của bạn</h2>"), "{preview}");
    assert!(preview.contains("<strong>Quan trọng</strong>"));
    assert!(preview.contains("&lt;script&gt;") && !page.contains("<script>"));
    let (_, page) = vi.get(&body_editor);
    assert!(
        page.contains(r#"data-state="machine""#),
        "a preview saves nothing"
    );
    let (status, _, page) = vi.post(
        &body_editor,
        &[
            ("csrf", &vi.csrf),
            ("source_hash", &body_hash),
            ("text", "Phí: [changing:made-up-fee] 50 đô la"),
        ],
    );
    assert_eq!(status, 422);
    assert!(
        page.contains("[changing:made-up-fee]"),
        "the typed text is kept"
    );
    assert!(page.contains("is not one of this guide"), "{page}");

    // Lists are paged: every missing text once, across pages.
    let (_, first) = vi.get("/admin/en/translations/vi?state=missing");
    let total: usize = {
        let at = first.find("Texts found: ").unwrap() + "Texts found: ".len();
        first[at..]
            .split('<')
            .next()
            .unwrap()
            .trim()
            .parse()
            .unwrap()
    };
    assert!(total > 50, "more than a page: {total}");
    let rows = |html: &str| html.matches("<tr data-slug=").count();
    assert_eq!(rows(&first), 50);
    assert!(first.contains("rel=\"next\""));
    let mut seen = rows(&first);
    let mut page_no = 2;
    loop {
        let (status, html) = vi.get(&format!(
            "/admin/en/translations/vi?state=missing&page={page_no}"
        ));
        assert_eq!(status, 200);
        seen += rows(&html);
        if !html.contains("rel=\"next\"") {
            break;
        }
        page_no += 1;
    }
    assert_eq!(seen, total);

    // Scope: no Arabic for a Vietnamese translator, and nothing changes.
    let ar_editor = format!("/admin/en/translations/ar/service/{id}/description");
    assert_eq!(vi.get("/admin/en/translations/ar").0, 403);
    assert_eq!(vi.get(&ar_editor).0, 403);
    let (status, _, _) = vi.post(
        &ar_editor,
        &[
            ("csrf", &vi.csrf),
            ("source_hash", &new_hash),
            ("text", "نص"),
        ],
    );
    assert_eq!(status, 403);
    let ar = json(&c, &server, &format!("/api/v1/services/{id}?lang=ar"));
    assert_ne!(ar["description"]["locale"], "ar", "{ar}");
    // An editor has no translation pages.
    let ed = sign_in(&c, &server, "ed@example.org");
    assert_eq!(ed.get("/admin/en/translations").0, 403);
    assert_eq!(ed.get(&editor).0, 403);

    // An admin sees every shipped locale and the audit log of both kinds of change.
    let admin = sign_in(&c, &server, "admin@example.org");
    let (_, index) = admin.get("/admin/en/translations");
    for tag in ["ar", "vi", "zh-Hant", "pt-BR", "es"] {
        assert!(index.contains(&format!(r#"data-locale="{tag}""#)), "{tag}");
    }
    let (_, audit) = admin.get("/admin/en/audit");
    assert_eq!(audit.matches("translate:description:vi").count(), 2);
    assert!(
        audit.contains(":vi</td>") && audit.contains("review:"),
        "{audit}"
    );
    server.stop();
}

/// Changes a service's English eligibility through the store, as an editor would.
fn change_eligibility(db_url: &str, slug: &str, eligibility: &str) {
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let store = vecino_store::Store::connect(db_url).await.unwrap();
        let slug = vecino_core::Slug::parse(slug).unwrap();
        let mut service = store.service_by_slug(&slug).await.unwrap().unwrap();
        let text = service.details.eligibility.as_mut().unwrap();
        assert_eq!(text.source_locale().as_str(), "en");
        text.set_source(eligibility).unwrap();
        assert!(store.put_service(&service).await.unwrap().is_some());
        store.close().await.unwrap();
    });
}

/// The "who can use it" section of a listing page.
fn eligibility_section(page: &str) -> &str {
    let at = page
        .find(r#"aria-labelledby="elig-h""#)
        .unwrap_or_else(|| panic!("an eligibility section: {page}"));
    &page[at..at + page[at..].find("</section>").unwrap()]
}

const ES_ELIGIBILITY: &str =
    "Residentes de la Ciudad de Nueva York de 10 años en adelante, con o sin papeles.";
const ES_MACHINE: &str = "Traducción automática — todavía no la ha revisado una persona.";
const ES_STALE: &str =
    "El texto original cambió después de esta traducción; puede estar desactualizada.";

/// A Spanish translator finds a listing's eligibility, documents and how to apply among the
/// texts to translate (only those it has), replaces the machine Spanish eligibility with
/// their own, and the Spanish listing page shows it as a person's translation; when the
/// English changes, the page marks it out of date.
fn detail_texts_scenario(env: &[(&str, &str)], postgres: Option<&str>) {
    let server = Server::start(env);
    let db_url = match postgres {
        Some(url) => url.to_owned(),
        None => format!(
            "sqlite://{}?mode=rwc",
            server.data_dir().join("vecino.db").display()
        ),
    };
    let c = client();
    add_user(
        &server,
        env,
        &[
            "--email",
            "es@example.org",
            "--role",
            "translator",
            "--locales",
            "es",
        ],
    );
    // A starter listing whose source states who can use it and what to bring.
    let slug = "idnyc";
    let service = json(&c, &server, &format!("/api/v1/services/{slug}"));
    let id = service["id"].as_str().unwrap().to_owned();
    let page_path = format!("/es/services/{slug}");
    let public = || {
        let resp = c.get(server.url(&page_path)).send().unwrap();
        assert_eq!(resp.status(), 200);
        resp.text().unwrap()
    };
    let before = public();
    let section = eligibility_section(&before);
    assert!(section.contains(r#"lang="es""#), "{section}");
    assert!(
        section.contains(ES_MACHINE),
        "machine Spanish is marked: {section}"
    );

    let es = sign_in(&c, &server, "es@example.org");
    // Its texts to review, across the pages of the list: the ones it has, no fees or alert.
    let mut fields = Vec::new();
    let mut page_no = 1;
    loop {
        let (status, html) = es.get(&format!(
            "/admin/en/translations/es?state=machine&kind=service&page={page_no}"
        ));
        assert_eq!(status, 200);
        let link = format!("/admin/en/translations/es/service/{id}/");
        for (at, m) in html.match_indices(&link) {
            let rest = &html[at + m.len()..];
            fields.push(rest[..rest.find('"').unwrap()].to_owned());
        }
        if !html.contains("rel=\"next\"") {
            break;
        }
        page_no += 1;
    }
    assert_eq!(
        fields,
        [
            "name",
            "description",
            "eligibility",
            "document-1",
            "document-2",
            "application-process"
        ],
        "in editor order"
    );
    for absent in ["fees", "alert", "document-3", "public-charge-note"] {
        let (status, _) = es.get(&format!("/admin/en/translations/es/service/{id}/{absent}"));
        assert_eq!(status, 404, "{absent}: the listing has no such text");
    }
    let (_, doc) = es.get(&format!(
        "/admin/en/translations/es/service/{id}/document-2"
    ));
    assert!(doc.contains("Document to bring 2"), "{doc}");
    assert!(doc.contains("Proof that you live in New York City"));

    let (_, index) = es.get("/admin/en/translations");
    let counts_before = row_numbers(&index, r#"data-locale="es""#);

    // The translator writes their own Spanish eligibility.
    let editor = format!("/admin/en/translations/es/service/{id}/eligibility");
    let (status, form) = es.get(&editor);
    assert_eq!(status, 200);
    assert!(form.contains(r#"data-state="machine""#));
    assert!(form.contains("Who can use it"), "the field is named");
    let (status, location, _) = es.post(
        &editor,
        &[
            ("csrf", &es.csrf),
            ("source_hash", &hidden(&form, "source_hash")),
            ("text", ES_ELIGIBILITY),
        ],
    );
    assert_eq!(status, 303);
    let (_, form) = es.get(&location);
    assert!(form.contains(r#"data-state="human""#), "{form}");
    assert!(
        form.contains("es@example.org"),
        "the translator is recorded"
    );

    // The Spanish page shows it as a person's translation; the description stays machine.
    let after = public();
    let section = eligibility_section(&after);
    assert!(
        section.contains(&format!(r#"<p lang="es" dir="ltr">{ES_ELIGIBILITY}</p>"#)),
        "{section}"
    );
    assert!(
        !section.contains(r#"class="note""#),
        "no longer marked: {section}"
    );
    assert!(
        after.contains(ES_MACHINE),
        "the machine description is still marked"
    );
    let (_, index) = es.get("/admin/en/translations");
    let counts = row_numbers(&index, r#"data-locale="es""#);
    assert_eq!(counts[2] + 1, counts_before[2], "one machine text fewer");
    assert_eq!(counts[4], counts_before[4] + 1, "one human text more");

    // The English eligibility changes: the page marks the Spanish one out of date, and the
    // translator's stale list has exactly it.
    change_eligibility(
        &db_url,
        slug,
        "New York City residents age 10 and older, whatever their immigration status. Bring both documents.",
    );
    let stale = public();
    let section = eligibility_section(&stale);
    assert!(
        section.contains(ES_ELIGIBILITY) && section.contains(ES_STALE),
        "{section}"
    );
    let (_, list) = es.get("/admin/en/translations/es?state=stale&kind=service");
    assert!(
        list.contains(&format!("/service/{id}/eligibility\"")),
        "{list}"
    );
    assert_eq!(listed(&list), vec![slug.to_owned()]);
    server.stop();
}

#[test]
fn a_translated_eligibility_shows_on_the_spanish_listing_on_sqlite() {
    detail_texts_scenario(&[], None);
}

#[test]
fn a_translated_eligibility_shows_on_the_spanish_listing_on_postgres() {
    let Some(db) = postgres_scratch("translate_details") else {
        return;
    };
    detail_texts_scenario(&[("VECINO_DATABASE_URL", &db.url)], Some(&db.url));
}

#[test]
fn translators_translate_see_stale_texts_and_review_on_sqlite() {
    translation_scenario(&[], None);
}

#[test]
fn translators_translate_see_stale_texts_and_review_on_postgres() {
    let Some(db) = postgres_scratch("translate") else {
        return;
    };
    translation_scenario(&[("VECINO_DATABASE_URL", &db.url)], Some(&db.url));
}
