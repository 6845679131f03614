//! Language negotiation for each request: `?lang=` wins, then `Accept-Language`, then English.
//! The [`localize`] middleware negotiates once for the JSON trees (`/api/v1`, `/hsds`), hands the
//! [`Lang`] to handlers through the request's extensions, renders their [`ApiError`]s in that
//! language and sets the language headers; it never reads or changes a successful body.

use axum::extract::{FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, Uri, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use unic_langid::LanguageIdentifier;
use vecino_core::{LocalizedText, Provenance};
use vecino_i18n::{I18n, Negotiated};

use crate::{ApiError, AppState};

/// The request's language. (Handlers read their other parameters with `params::Params`.)
#[derive(Clone)]
pub struct Lang {
    pub negotiated: Negotiated,
}

impl Lang {
    pub fn ui(&self) -> &LanguageIdentifier {
        &self.negotiated.ui
    }

    /// Localizes an error in this request's language.
    pub fn error(&self, i18n: &I18n, err: ApiError) -> ApiError {
        err.localize(i18n, self.ui())
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
        let explicit = form_urlencoded::parse(uri.query().unwrap_or_default().as_bytes())
            .find(|(name, _)| name == "lang")
            .map(|(_, value)| value);
        let explicit = explicit.as_deref();
        match state.i18n.negotiate(explicit, accept) {
            Ok(negotiated) => Ok(Lang { negotiated }),
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
