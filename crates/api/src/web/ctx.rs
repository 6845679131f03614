//! `Ctx`: what every page knows about its request — the language from the path prefix, whether
//! it is the kiosk, the query parameters — and the Fluent strings in that language.

use std::sync::Arc;

use axum::extract::FromRequestParts;
use axum::http::HeaderMap;
use axum::http::request::Parts;
use axum::response::Response;
use unic_langid::LanguageIdentifier;
use vecino_core::{LocalizedText, Provenance};
use vecino_i18n::{Direction, FluentArgs, I18n, SHIPPED, direction};

use super::WebConfig;
use super::view::{redirect, render_not_found};
use crate::AppState;

/// One page request's context.
pub struct Ctx {
    pub i18n: Arc<I18n>,
    pub config: Arc<WebConfig>,
    /// The shipped tag of the UI (`es`, `zh-Hant`).
    pub tag: &'static str,
    pub ui: LanguageIdentifier,
    /// `ltr` or `rtl`.
    pub dir: &'static str,
    pub kiosk: bool,
    /// `/es` or `/kiosk/es`: every link on the page starts with it.
    pub prefix: String,
    /// The path after the prefix (`/search`), for the language picker.
    pub rest: String,
    /// The query string as given (without `lang`), for the language picker.
    pub query_string: String,
    /// The query parameters, in order (repeated names kept).
    pub query: Vec<(String, String)>,
    /// Tags to try for content, most preferred first, ending in `en`.
    pub chain: Vec<String>,
    /// `https://host` for absolute links (QR codes): the configured public address, or `""`.
    pub origin: String,
}

/// A shipped tag from a path segment, exactly as shipped.
fn shipped(segment: &str) -> Option<&'static str> {
    SHIPPED.iter().copied().find(|t| *t == segment)
}

/// `Ctx` for a language the caller has already chosen (the root, errors).
pub fn ctx_for(
    state: &AppState,
    config: Arc<WebConfig>,
    _headers: &HeaderMap,
    tag: &'static str,
    kiosk: bool,
) -> Ctx {
    let ui: LanguageIdentifier = tag.parse().unwrap_or_default();
    let prefix = if kiosk {
        format!("/kiosk/{tag}")
    } else {
        format!("/{tag}")
    };
    Ctx {
        dir: direction(&ui).as_str(),
        chain: I18n::content_chain(&ui),
        i18n: state.i18n.clone(),
        origin: origin(&config),
        config,
        tag,
        ui,
        kiosk,
        prefix,
        rest: "/".to_owned(),
        query_string: String::new(),
        query: Vec::new(),
    }
}

/// The configured public address (`https://vecino.example.org`) for absolute links, or `""`:
/// then links in QR codes are the page's path alone. Never taken from the request (`Host` is
/// the client's to choose, and a shared cache would hand its choice to everyone).
fn origin(config: &WebConfig) -> String {
    config
        .public_url
        .as_deref()
        .map(|url| url.trim().trim_end_matches('/').to_owned())
        .unwrap_or_default()
}

/// The shipped locale `Accept-Language` (or an explicit choice) asks for.
pub fn negotiated_tag(i18n: &I18n, explicit: Option<&str>, accept: Option<&str>) -> &'static str {
    let ui = i18n
        .negotiate(explicit, accept)
        .or_else(|_| i18n.negotiate(None, accept))
        .map(|n| n.ui.to_string())
        .unwrap_or_default();
    shipped(&ui).unwrap_or("en")
}

impl FromRequestParts<AppState> for Ctx {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let config = state.web.clone();
        let path = parts.uri.path().to_owned();
        let (kiosk, after) = match path.strip_prefix("/kiosk/") {
            Some(rest) => (true, rest),
            None => (false, path.trim_start_matches('/')),
        };
        let (segment, rest) = match after.find('/') {
            Some(at) => (&after[..at], &after[at..]),
            None => (after, "/"),
        };
        let query: Vec<(String, String)> = parts
            .uri
            .query()
            .map(|q| form_urlencoded::parse(q.as_bytes()).into_owned().collect())
            .unwrap_or_default();
        let explicit = query
            .iter()
            .find(|(k, _)| k == "lang")
            .map(|(_, v)| v.clone());
        let without_lang: Vec<(String, String)> =
            query.iter().filter(|(k, _)| k != "lang").cloned().collect();
        let query_string = encode(&without_lang);
        let kiosk_prefix = if kiosk { "/kiosk" } else { "" };

        // `?lang=` moves the reader to that language's prefix, keeping the rest of the address.
        if let Some(explicit) = explicit {
            let tag = negotiated_tag(&state.i18n, Some(&explicit), None);
            return Err(redirect(&format!(
                "{kiosk_prefix}/{tag}{rest}{}",
                question(&query_string)
            )));
        }
        let Some(tag) = shipped(segment) else {
            // A well-formed tag we do not ship exactly (`es-MX`, `zh-TW`) goes to its locale.
            if let Ok(negotiated) = state.i18n.negotiate(Some(segment), None)
                && !negotiated.fell_back
                && let Some(tag) = shipped(&negotiated.ui.to_string())
            {
                return Err(redirect(&format!(
                    "{kiosk_prefix}/{tag}{rest}{}",
                    question(&query_string)
                )));
            }
            let ctx = ctx_for(state, config, &parts.headers, "en", kiosk);
            return Err(render_not_found(&ctx));
        };
        let mut ctx = ctx_for(state, config, &parts.headers, tag, kiosk);
        ctx.rest = rest.to_owned();
        ctx.query = without_lang;
        ctx.query_string = query_string;
        Ok(ctx)
    }
}

fn question(query: &str) -> String {
    if query.is_empty() {
        String::new()
    } else {
        format!("?{query}")
    }
}

/// `a=1&b=2`, form-encoded.
pub fn encode(pairs: &[(String, String)]) -> String {
    form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish()
}

/// A shipped language in the language picker: this page in that language.
pub struct LanguageLink {
    pub tag: &'static str,
    /// The language's name in itself (`Español`).
    pub name: String,
    /// `ltr` or `rtl`.
    pub dir: &'static str,
    pub href: String,
}

/// A localized text ready for a page: the words, the language they are really in, and what
/// the reader should be told about them.
pub struct Txt {
    pub text: String,
    pub lang: String,
    pub dir: &'static str,
    /// Notices: shown in another language, machine translation, out of date.
    pub notes: Vec<String>,
}

impl Ctx {
    /// A UI string.
    pub fn t(&self, id: &str) -> String {
        self.i18n.message(&self.ui, id, None)
    }

    /// A UI string with one argument.
    pub fn t1(&self, id: &str, name: &str, value: &str) -> String {
        let mut args = FluentArgs::new();
        args.set(name.to_owned(), value.to_owned());
        self.i18n.message(&self.ui, id, Some(&args))
    }

    /// A UI string with two arguments.
    pub fn t2(&self, id: &str, n1: &str, v1: &str, n2: &str, v2: &str) -> String {
        let mut args = FluentArgs::new();
        args.set(n1.to_owned(), v1.to_owned());
        args.set(n2.to_owned(), v2.to_owned());
        self.i18n.message(&self.ui, id, Some(&args))
    }

    /// An attribute of a UI string.
    pub fn ta(&self, id: &str, attr: &str) -> String {
        self.i18n.attribute(&self.ui, id, attr, None)
    }

    /// A link inside this page tree (`/es/search`, `/kiosk/es/search`).
    pub fn href(&self, path: &str) -> String {
        format!("{}{path}", self.prefix)
    }

    /// The same page in another language.
    pub fn switch_href(&self, tag: &str) -> String {
        let kiosk = if self.kiosk { "/kiosk" } else { "" };
        format!("{kiosk}/{tag}{}{}", self.rest, question(&self.query_string))
    }

    /// A query parameter's first value.
    pub fn param(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// Every value of a repeated (or comma-separated) query parameter.
    pub fn params(&self, name: &str) -> Vec<String> {
        self.query
            .iter()
            .filter(|(k, _)| k == name)
            .flat_map(|(_, v)| v.split(',').map(|s| s.trim().to_owned()))
            .filter(|s| !s.is_empty())
            .collect()
    }

    /// The language's name in itself (`Español`), or the tag when we do not ship it.
    pub fn language_name(&self, tag: &str) -> String {
        let primary = tag.split('-').next().unwrap_or(tag);
        let shipped = shipped(tag).or_else(|| {
            SHIPPED
                .iter()
                .copied()
                .find(|t| *t == primary || t.starts_with(&format!("{primary}-")))
        });
        match shipped.and_then(|t| t.parse::<LanguageIdentifier>().ok()) {
            Some(id) => self.i18n.message(&id, "language-self-name", None),
            None => tag.to_owned(),
        }
    }

    /// Resolves a localized text for this reader and says what to tell them about it.
    pub fn text(&self, text: &LocalizedText) -> Txt {
        let r = text.resolve(&self.chain);
        let lang = r.locale.to_string();
        let dir = lang
            .parse::<LanguageIdentifier>()
            .map(|id| direction(&id))
            .unwrap_or(Direction::Ltr)
            .as_str();
        let mut notes = Vec::new();
        if r.fell_back {
            let mut args = FluentArgs::new();
            args.set("requested", self.t("language-self-name"));
            args.set("shown", self.language_name(&lang));
            notes.push(self.i18n.message(&self.ui, "fallback-notice", Some(&args)));
        }
        if r.provenance == Provenance::Machine {
            notes.push(self.t("provenance-machine"));
        }
        if r.stale {
            notes.push(self.t("translation-stale"));
        }
        Txt {
            text: r.text.to_owned(),
            lang,
            dir,
            notes,
        }
    }

    /// Every shipped language, named in itself, with the link to this page in it.
    pub fn languages(&self) -> Vec<LanguageLink> {
        self.i18n
            .locales()
            .into_iter()
            .map(|l| LanguageLink {
                tag: l.tag,
                name: l.self_name,
                dir: l.direction.as_str(),
                href: self.switch_href(l.tag),
            })
            .collect()
    }
}
