//! Choosing the UI locale and the content chain for one request.

use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::LanguageIdentifier;

use crate::chain::{content_chain_into, shipped_for, ui_alias};
use crate::direction::{Direction, direction};
use crate::tag::{SHIPPED_IDS, parse_tag};
use crate::{DEFAULT_LOCALE, Result};

/// At most this many `Accept-Language` entries are considered; real browsers send a handful.
const MAX_ACCEPT_ENTRIES: usize = 16;

/// The outcome of language negotiation for one request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Negotiated {
    /// A [`SHIPPED`](crate::SHIPPED) locale to render UI strings in.
    pub ui: LanguageIdentifier,
    /// What the reader asked for: the explicit choice, or the most preferred well-formed
    /// `Accept-Language` entry; `None` when they asked for nothing usable.
    pub requested: Option<LanguageIdentifier>,
    /// Tags to try for content, most preferred first, always ending in `"en"`, no duplicates.
    pub content_chain: Vec<String>,
    /// True when `ui` is not the language that was requested (`de` → `en`): the page should say
    /// so, in the language it is shown in.
    pub fell_back: bool,
}

impl Negotiated {
    /// The direction of the UI locale.
    pub fn direction(&self) -> Direction {
        direction(&self.ui)
    }
}

/// See [`crate::I18n::negotiate`].
pub(crate) fn negotiate(
    explicit: Option<&str>,
    accept_language: Option<&str>,
) -> Result<Negotiated> {
    let preferences = match explicit {
        Some(input) => vec![parse_tag(input)?],
        None => accept_language
            .map(parse_accept_language)
            .unwrap_or_default(),
    };

    let default = &SHIPPED_IDS[0];
    debug_assert_eq!(default.to_string(), DEFAULT_LOCALE);
    let aliased: Vec<LanguageIdentifier> = preferences.iter().map(ui_alias).collect();
    let ui = negotiate_languages(
        &aliased,
        SHIPPED_IDS.as_slice(),
        Some(default),
        NegotiationStrategy::Filtering,
    )
    .into_iter()
    .next()
    .unwrap_or(default)
    .clone();

    let mut content_chain = Vec::new();
    for tag in &preferences {
        content_chain_into(tag, &mut content_chain);
        // English is always available: languages the reader ranks below it are never reached.
        if tag.language.as_str() == DEFAULT_LOCALE {
            break;
        }
    }
    content_chain.retain(|t| t != DEFAULT_LOCALE);
    content_chain.push(DEFAULT_LOCALE.to_owned());

    let requested = preferences.into_iter().next();
    let fell_back = requested
        .as_ref()
        .is_some_and(|requested| shipped_for(requested) != Some(&ui));

    Ok(Negotiated {
        ui,
        requested,
        content_chain,
        fell_back,
    })
}

/// The well-formed language ranges of an `Accept-Language` header, most preferred first: sorted by
/// q-value (stable, so equal weights keep header order), without `q=0` entries, the `*` wildcard,
/// malformed tags or malformed weights.
pub(crate) fn parse_accept_language(header: &str) -> Vec<LanguageIdentifier> {
    let mut weighted: Vec<(u16, LanguageIdentifier)> = header
        .split(',')
        .take(MAX_ACCEPT_ENTRIES)
        .filter_map(|entry| {
            let mut parts = entry.split(';');
            let range = parts.next()?.trim();
            let mut quality = 1000;
            for param in parts {
                let (name, value) = param.split_once('=')?;
                if name.trim().eq_ignore_ascii_case("q") {
                    quality = parse_quality(value.trim())?;
                }
            }
            if quality == 0 {
                return None;
            }
            // One range at a time through fluent-langneg's parser, then our strict one.
            let tag = fluent_langneg::accepted_languages::parse(range)
                .into_iter()
                .next()?;
            let tag = parse_tag(&tag.to_string()).ok()?;
            Some((quality, tag))
        })
        .collect();
    weighted.sort_by_key(|(quality, _)| std::cmp::Reverse(*quality));
    let mut tags: Vec<LanguageIdentifier> = Vec::with_capacity(weighted.len());
    for (_, tag) in weighted {
        if !tags.contains(&tag) {
            tags.push(tag);
        }
    }
    tags
}

/// An RFC 9110 `qvalue` in thousandths: `0`, `0.5`, `1.000`.
fn parse_quality(value: &str) -> Option<u16> {
    let (int, frac) = value.split_once('.').unwrap_or((value, ""));
    if frac.len() > 3 || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let frac_value = frac
        .bytes()
        .chain(std::iter::repeat(b'0'))
        .take(3)
        .fold(0u16, |acc, b| acc * 10 + u16::from(b - b'0'));
    match int {
        "0" => Some(frac_value),
        "1" if frac_value == 0 => Some(1000),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(header: &str, expect: &[&str]) {
        let got: Vec<String> = parse_accept_language(header)
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(got, expect, "Accept-Language: {header}");
    }

    #[test]
    fn accept_language_is_ordered_by_quality() {
        check("es-MX,es;q=0.9,en;q=0.5", &["es-MX", "es", "en"]);
        check("en;q=0.1, ar", &["ar", "en"]);
        check("en;q=0.5, fr;q=0.5, de", &["de", "en", "fr"]);
        check("vi;q=0.8,ko;q=0.9,ru;q=1.0", &["ru", "ko", "vi"]);
        check("ZH-tw", &["zh-TW"]);
        check("es ; q = 0.7 , en ; q=0.3", &["es", "en"]);
    }

    #[test]
    fn accept_language_drops_what_it_cannot_use() {
        check("", &[]);
        check("*", &[]);
        check("*;q=0.5, es", &["es"]);
        check("es;q=0, en", &["en"]);
        check("12@@, ;;;, es", &["es"]);
        check("es;q=2, en;q=abc, ar;q=0.5", &["ar"]);
        check("es;q=0.1234", &[]);
        check("en, en-US, en", &["en", "en-US"]);
        check("\u{0}\u{7f}ü, 😀", &[]);
        check(&"es,".repeat(10_000), &["es"]);
    }

    #[test]
    fn quality_values() {
        assert_eq!(parse_quality("1"), Some(1000));
        assert_eq!(parse_quality("1.000"), Some(1000));
        assert_eq!(parse_quality("0.5"), Some(500));
        assert_eq!(parse_quality("0.05"), Some(50));
        assert_eq!(parse_quality("0"), Some(0));
        assert_eq!(parse_quality("1.5"), None);
        assert_eq!(parse_quality("-0.5"), None);
        assert_eq!(parse_quality(""), None);
        assert_eq!(parse_quality("0.5x"), None);
    }
}
