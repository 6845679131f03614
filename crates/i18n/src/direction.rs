//! Which way a language is written.

use serde::Serialize;
use unic_langid::LanguageIdentifier;

/// Text direction of a language, for `dir="…"` on a page or element.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left.
    Rtl,
}

impl Direction {
    /// `"ltr"` or `"rtl"`, the values of the HTML `dir` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

impl std::fmt::Display for Direction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Scripts written right to left (ISO 15924).
pub const RTL_SCRIPTS: &[&str] = &[
    "Adlm", "Arab", "Hebr", "Mand", "Mend", "Nkoo", "Rohg", "Samr", "Syrc", "Thaa", "Yezi",
];

/// Languages whose usual script is written right to left.
pub const RTL_LANGUAGES: &[&str] = &[
    "ar",  // Arabic
    "azb", // South Azerbaijani
    "bal", // Baluchi
    "ckb", // Central Kurdish (Sorani)
    "dv",  // Dhivehi
    "fa",  // Persian
    "glk", // Gilaki
    "he",  // Hebrew
    "iw",  // Hebrew, deprecated code
    "ji",  // Yiddish, deprecated code
    "ks",  // Kashmiri
    "lrc", // Northern Luri
    "mzn", // Mazanderani
    "nqo", // N'Ko
    "pes", // Iranian Persian
    "pnb", // Western Panjabi
    "prs", // Dari
    "ps",  // Pashto
    "sd",  // Sindhi
    "sdh", // Southern Kurdish
    "skr", // Saraiki
    "syr", // Syriac
    "ug",  // Uyghur
    "ur",  // Urdu
    "yi",  // Yiddish
];

/// The direction a tag is written in. An explicit script subtag decides (`az-Arab` is right to
/// left, `ku-Latn` left to right); otherwise the language subtag does (`ar`, `fa`, `prs`, `ps`,
/// `ur`, `he`, `yi`, … are right to left). Everything else is left to right.
pub fn direction(tag: &LanguageIdentifier) -> Direction {
    let rtl = match &tag.script {
        Some(script) => RTL_SCRIPTS.contains(&script.as_str()),
        None => RTL_LANGUAGES.contains(&tag.language.as_str()),
    };
    if rtl { Direction::Rtl } else { Direction::Ltr }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(input: &str, expect: Direction) {
        let tag: LanguageIdentifier = input.parse().unwrap();
        assert_eq!(direction(&tag), expect, "{input}");
    }

    #[test]
    fn right_to_left() {
        for tag in [
            "ar", "ar-EG", "fa", "fa-AF", "prs", "ps", "ur", "he", "yi", "ckb", "az-Arab",
        ] {
            check(tag, Direction::Rtl);
        }
    }

    #[test]
    fn left_to_right() {
        for tag in [
            "en", "es", "es-MX", "zh-Hans", "zh-Hant", "vi", "tl", "ko", "ru", "hy", "ht", "pt-BR",
            "ku", "az", "uz-Latn", "ar-Latn",
        ] {
            check(tag, Direction::Ltr);
        }
    }

    #[test]
    fn serializes_as_the_dir_attribute() {
        assert_eq!(Direction::Rtl.as_str(), "rtl");
        assert_eq!(Direction::Ltr.to_string(), "ltr");
    }
}
