//! Strict parsing of one BCP 47 language tag.

use std::sync::LazyLock;

use unic_langid::LanguageIdentifier;

use crate::{Error, Result, SHIPPED};

/// Longer input is not a language tag we could serve (the longest real ones are about 20 bytes).
const MAX_TAG_LEN: usize = 35;

/// How much of a rejected input an [`Error::InvalidLocale`] keeps.
const MAX_ECHO_CHARS: usize = 64;

/// Parses one BCP 47 language tag, strictly, and canonicalizes its case (`"ZH-hant"` →
/// `zh-Hant`, `"pt-br"` → `pt-BR`).
///
/// Rejects the empty string, the wildcard `*`, `und`, language subtags that are not 2 or 3
/// letters (`english`), anything that is not letters, digits and
/// `-` (an `_` separator is accepted, as in `zh_TW`), and anything that is not a well-formed
/// language-script-region-variants tag.
pub fn parse_tag(input: &str) -> Result<LanguageIdentifier> {
    let well_formed_bytes = !input.is_empty()
        && input.len() <= MAX_TAG_LEN
        && input
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if !well_formed_bytes {
        return Err(invalid(input));
    }
    match input.parse::<LanguageIdentifier>() {
        // `und` ("undetermined") parses, with an empty language: it names no language to serve.
        // Language subtags of 5 to 8 letters are well-formed but none is registered ("english").
        Ok(tag) if !tag.language.is_empty() && tag.language.as_str().len() <= 3 => Ok(tag),
        _ => Err(invalid(input)),
    }
}

fn invalid(input: &str) -> Error {
    let mut echo: String = input.chars().take(MAX_ECHO_CHARS).collect();
    if echo.len() < input.len() {
        echo.push('…');
    }
    Error::InvalidLocale(echo)
}

/// [`SHIPPED`] as parsed tags, in the same order.
pub(crate) static SHIPPED_IDS: LazyLock<Vec<LanguageIdentifier>> = LazyLock::new(|| {
    SHIPPED
        .iter()
        .map(|tag| tag.parse().expect("SHIPPED holds well-formed tags"))
        .collect()
});

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(input: &str, expect: Option<&str>) {
        let got = parse_tag(input).map(|tag| tag.to_string());
        match (got, expect) {
            (Ok(got), Some(expect)) => assert_eq!(got, expect, "input {input:?}"),
            (Err(Error::InvalidLocale(echo)), None) => {
                assert!(
                    input.starts_with(echo.trim_end_matches('…')),
                    "echo {echo:?}"
                )
            }
            (got, expect) => panic!("input {input:?}: got {got:?}, expected {expect:?}"),
        }
    }

    #[test]
    fn canonicalizes_case() {
        check("ZH-hant", Some("zh-Hant"));
        check("zh-hant-tw", Some("zh-Hant-TW"));
        check("pt-br", Some("pt-BR"));
        check("EN", Some("en"));
        check("es-419", Some("es-419"));
        check("zh_TW", Some("zh-TW"));
        check("fil", Some("fil"));
    }

    #[test]
    fn rejects_what_is_not_a_tag() {
        check("", None);
        check("*", None);
        check("und", None);
        check("12@@", None);
        check("e", None);
        check("english", None);
        check("es MX", None);
        check(" es", None);
        check("es-", None);
        check("-es", None);
        check("es-MX-", None);
        check("en;q=0.5", None);
        check("../etc/passwd", None);
        check(&"a".repeat(200), None);
    }

    #[test]
    fn invalid_locale_echoes_the_input() {
        assert!(matches!(parse_tag("12@@"), Err(Error::InvalidLocale(s)) if s == "12@@"));
        let long = "x".repeat(500);
        let Err(Error::InvalidLocale(echo)) = parse_tag(&long) else {
            panic!("accepted 500 x's")
        };
        assert_eq!(echo.chars().count(), MAX_ECHO_CHARS + 1);
    }

    #[test]
    fn shipped_tags_are_canonical() {
        for (tag, id) in SHIPPED.iter().zip(SHIPPED_IDS.iter()) {
            assert_eq!(&id.to_string(), tag);
            assert_eq!(parse_tag(tag).unwrap(), *id);
        }
    }
}
