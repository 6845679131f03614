//! Language negotiation for each request: `?lang=` wins, then `Accept-Language`, then English.
//! The [`localize`] middleware negotiates once for the JSON trees (`/api/v1`, `/hsds`), hands the
//! [`Lang`] to handlers through the request's extensions, renders their [`ApiError`]s in that
//! language and sets the language headers; it never reads or changes a successful body.

use axum::extract::{FromRequestParts, Query, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, Uri, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use std::collections::HashMap;
use unic_langid::LanguageIdentifier;
use vecino_core::{LocalizedText, Provenance};
use vecino_i18n::{I18n, Negotiated};

use crate::{ApiError, AppState};

/// The request's language, and the query parameters (read once, for handlers to validate).
#[derive(Clone)]
pub struct Lang {
    pub negotiated: Negotiated,
    pub params: HashMap<String, String>,
}

impl Lang {
    pub fn ui(&self) -> &LanguageIdentifier {
        &self.negotiated.ui
    }

    /// Localizes an error in this request's language.
    pub fn error(&self, i18n: &I18n, err: ApiError) -> ApiError {
        err.localize(i18n, self.ui())
    }

    /// Checks that only `allowed` parameters (plus `lang`) were given.
    pub fn only_params(&self, allowed: &[&str]) -> Result<(), ApiError> {
        for (name, value) in &self.params {
            if name != "lang" && !allowed.contains(&name.as_str()) {
                return Err(ApiError::invalid_parameter(name, value));
            }
        }
        Ok(())
    }

    /// Reads a positive integer parameter.
    pub fn number(&self, name: &'static str, default: u64, max: u64) -> Result<u64, ApiError> {
        match self.params.get(name) {
            None => Ok(default),
            Some(raw) => match raw.trim().parse::<u64>() {
                Ok(n) if (1..=max).contains(&n) => Ok(n),
                _ => Err(ApiError::invalid_parameter(name, raw)),
            },
        }
    }

    /// Renders a localized text for this reader.
    pub fn text(&self, text: &LocalizedText) -> LocalizedJson {
        let r = text.resolve(&self.negotiated.content_chain);
        LocalizedJson {
            text: r.text.to_owned(),
            locale: r.locale.to_string(),
            fell_back: r.fell_back,
            provenance: r.provenance,
            stale: r.stale,
        }
    }
}

/// A localized field as the API returns it: the text, the locale it is really in, whether
/// that is not the reader's first choice, and where the text came from.
#[derive(Debug, Serialize, utoipa::ToSchema)]
#[schema(as = LocalizedText)]
#[serde(deny_unknown_fields)]
pub struct LocalizedJson {
    pub text: String,
    /// The BCP 47 locale the text is really in.
    pub locale: String,
    /// Whether that is not the reader's first choice.
    pub fell_back: bool,
    #[schema(value_type = crate::api_v1::openapi::Provenance)]
    pub provenance: Provenance,
    /// Whether the source text changed after this translation was made.
    pub stale: bool,
}

impl Lang {
    /// Negotiates the language of a request from its `lang` parameter and `Accept-Language`;
    /// an unknown `lang` is refused, told in the `Accept-Language` language if that can be read.
    fn negotiate(state: &AppState, headers: &HeaderMap, uri: &Uri) -> Result<Lang, ApiError> {
        let accept = headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok());
        let params: HashMap<String, String> = match Query::try_from_uri(uri) {
            Ok(Query(params)) => params,
            Err(_) => HashMap::new(),
        };
        let explicit = params.get("lang").map(String::as_str);
        match state.i18n.negotiate(explicit, accept) {
            Ok(negotiated) => Ok(Lang { negotiated, params }),
            Err(_) => {
                let ui = state
                    .i18n
                    .negotiate(None, accept)
                    .map(|n| n.ui)
                    .unwrap_or_else(|_| unic_langid::langid!("en"));
                Err(ApiError::invalid_locale(explicit.unwrap_or_default())
                    .localize(&state.i18n, &ui))
            }
        }
    }
}

/// Taken from the request's extensions when [`localize`] ran, negotiated here otherwise.
impl FromRequestParts<AppState> for Lang {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        if let Some(lang) = parts.extensions.get::<Lang>() {
            return Ok(lang.clone());
        }
        Lang::negotiate(state, &parts.headers, &parts.uri).map_err(IntoResponse::into_response)
    }
}

/// Middleware for the JSON trees: negotiates the request's language (refusing an unknown
/// `lang`), renders an [`ApiError`] the handler returned in that language, and sets the
/// language headers on the answer.
pub async fn localize(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let lang = match Lang::negotiate(&state, req.headers(), req.uri()) {
        Ok(lang) => lang,
        Err(refused) => return refused.into_response(),
    };
    let ui = lang.ui().clone();
    req.extensions_mut().insert(lang);
    let mut response = next.run(req).await;
    if let Some(err) = response.extensions_mut().remove::<ApiError>() {
        response = err.localize(&state.i18n, &ui).into_response();
    }
    set_language_headers(response.headers_mut(), &ui);
    response
}

/// `Content-Language` names the UI language; `Vary` tells caches the answer depends on
/// `Accept-Language`.
pub fn set_language_headers(headers: &mut HeaderMap, ui: &LanguageIdentifier) {
    if let Ok(value) = HeaderValue::from_str(&ui.to_string()) {
        headers.insert(header::CONTENT_LANGUAGE, value);
    }
    headers.insert(header::VARY, HeaderValue::from_static("Accept-Language"));
}
