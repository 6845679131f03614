//! Fallback chains and the alias table for codes that likely-subtags data does not map.

use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::LanguageIdentifier;
use unic_langid::subtags::{Language, Script};

use crate::DEFAULT_LOCALE;
use crate::tag::SHIPPED_IDS;

/// Languages served by another shipped language's UI: `(requested language, UI language, script
/// the UI language needs if the request names none)`.
///
/// CLDR likely subtags already take `zh-TW` to `zh-Hant` and `pt-PT` to `pt-BR`; these are the
/// codes it has no way to relate to what we ship.
const UI_ALIASES: &[(&str, &str, Option<&str>)] = &[
    ("fil", "tl", None),         // Filipino is the standardized form of Tagalog
    ("prs", "fa", None),         // Dari is written like Iranian Persian
    ("pes", "fa", None),         // Iranian Persian, the ISO 639-3 code
    ("hyw", "hy", None),         // Western Armenian readers read Eastern Armenian
    ("yue", "zh", Some("Hant")), // Cantonese is written in Traditional characters
    ("cmn", "zh", None),         // Mandarin, the ISO 639-3 code
];

/// Content tags related to a language subtag, tried after the language itself: content written
/// for one of these also serves the other.
const CONTENT_RELATIVES: &[(&str, &[&str])] = &[
    ("fil", &["tl"]),
    ("tl", &["fil"]),
    ("prs", &["fa"]),
    ("pes", &["fa"]),
    ("hyw", &["hy"]),
    ("pt", &["pt-BR"]),
];

/// Regional tags that name another language's content: Afghan Persian is Dari.
/// `(language, region, related tag)`.
const REGIONAL_RELATIVES: &[(&str, &str, &str)] = &[("fa", "AF", "prs")];

/// The tag to negotiate the UI with: `tag` with an aliased language replaced (`fil-PH` → `tl-PH`,
/// `yue-HK` → `zh-Hant-HK`).
pub(crate) fn ui_alias(tag: &LanguageIdentifier) -> LanguageIdentifier {
    let Some(&(_, to, script)) = UI_ALIASES
        .iter()
        .find(|(from, _, _)| *from == tag.language.as_str())
    else {
        return tag.clone();
    };
    let mut out = tag.clone();
    out.language = to.parse::<Language>().expect("alias table holds languages");
    if out.script.is_none() {
        out.script = script.map(|s| s.parse::<Script>().expect("alias table holds scripts"));
    }
    out
}

/// The shipped locale that serves `tag` itself, if any (`es-MX` → `es`, `zh-TW` → `zh-Hant`,
/// `fil` → `tl`, `pt-PT` → `pt-BR`); `None` for a language we do not ship (`de`).
pub(crate) fn shipped_for(tag: &LanguageIdentifier) -> Option<&'static LanguageIdentifier> {
    let requested = [ui_alias(tag)];
    negotiate_languages(
        &requested,
        SHIPPED_IDS.as_slice(),
        None,
        NegotiationStrategy::Filtering,
    )
    .into_iter()
    .next()
}

/// The chain of content tags for one requested tag, most specific first, ending in `en` with no
/// duplicates. See [`crate::I18n::content_chain`].
#[cfg_attr(not(feature = "catalog"), allow(dead_code))]
pub(crate) fn content_chain(tag: &LanguageIdentifier) -> Vec<String> {
    let mut chain = Vec::new();
    content_chain_into(tag, &mut chain);
    push(&mut chain, DEFAULT_LOCALE.to_owned());
    chain
}

/// Appends the chain of `tag`, without the final `en`, to `chain`, skipping tags already there.
pub(crate) fn content_chain_into(tag: &LanguageIdentifier, chain: &mut Vec<String>) {
    push(chain, tag.to_string());

    let mut base = tag.clone();
    base.clear_variants();
    push(chain, base.to_string());

    let language = base.language;
    let aliased = ui_alias(&base);
    if aliased.language.as_str() == "zh" {
        // Chinese: the script decides what a reader can read, and a region implies one
        // (zh-TW → Hant, zh-SG → Hans). Never fall from one script to the other.
        let mut maximized = aliased.clone();
        maximized.maximize();
        if let Some(script) = aliased.script.or(maximized.script) {
            if base.script.is_some() && base.region.is_some() {
                // zh-Hant-TW also serves content stored as zh-TW, whose likely script it is.
                let mut no_script = base.clone();
                no_script.script = None;
                let mut likely = ui_alias(&no_script);
                likely.maximize();
                if likely.script == Some(script) {
                    push(chain, no_script.to_string());
                }
            }
            // yue-HK: plain `yue` content before any Chinese.
            if language != aliased.language {
                push(chain, language.to_string());
            }
            let scripted =
                LanguageIdentifier::from_parts(aliased.language, Some(script), None, &[]);
            push(chain, scripted.to_string());
            // Plain `zh` means Simplified Chinese.
            if script.as_str() == "Hans" {
                push(chain, "zh".to_owned());
            }
        }
    } else {
        let region = base.region.as_ref().map(|r| r.as_str());
        if let Some((_, _, relative)) = REGIONAL_RELATIVES
            .iter()
            .find(|(l, r, _)| *l == language.as_str() && Some(*r) == region)
        {
            push(chain, (*relative).to_owned());
        }
        if base.script.is_some() && base.region.is_some() {
            // sr-Latn-RS → sr-Latn
            let scripted = LanguageIdentifier::from_parts(language, base.script, None, &[]);
            push(chain, scripted.to_string());
        }
        push(chain, language.to_string());
        if let Some((_, relatives)) = CONTENT_RELATIVES
            .iter()
            .find(|(from, _)| *from == language.as_str())
        {
            for relative in *relatives {
                push(chain, (*relative).to_owned());
            }
        }
    }

    // Whatever the UI would be rendered in is content the reader can read.
    if let Some(shipped) = shipped_for(tag) {
        push(chain, shipped.to_string());
    }
}

fn push(chain: &mut Vec<String>, tag: String) {
    if !chain.contains(&tag) {
        chain.push(tag);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(input: &str, expect: &[&str]) {
        let tag: LanguageIdentifier = input.parse().unwrap();
        assert_eq!(content_chain(&tag), expect, "content chain of {input}");
    }

    #[test]
    fn regional_spanish_falls_back_to_spanish() {
        check("es-MX", &["es-MX", "es", "en"]);
        check("es-419", &["es-419", "es", "en"]);
        check("es", &["es", "en"]);
    }

    #[test]
    fn traditional_chinese() {
        check("zh-TW", &["zh-TW", "zh-Hant", "en"]);
        check("zh-HK", &["zh-HK", "zh-Hant", "en"]);
        check("zh-MO", &["zh-MO", "zh-Hant", "en"]);
        check("zh-Hant", &["zh-Hant", "en"]);
        check("zh-Hant-TW", &["zh-Hant-TW", "zh-TW", "zh-Hant", "en"]);
        check("zh-Hant-HK", &["zh-Hant-HK", "zh-HK", "zh-Hant", "en"]);
        check("yue", &["yue", "zh-Hant", "en"]);
    }

    #[test]
    fn simplified_chinese() {
        check("zh", &["zh", "zh-Hans", "en"]);
        check("zh-CN", &["zh-CN", "zh-Hans", "zh", "en"]);
        check("zh-SG", &["zh-SG", "zh-Hans", "zh", "en"]);
        check("zh-Hans", &["zh-Hans", "zh", "en"]);
        check(
            "zh-Hans-CN",
            &["zh-Hans-CN", "zh-CN", "zh-Hans", "zh", "en"],
        );
        // A Hant region with an explicit Hans script stays Simplified.
        check("zh-Hans-TW", &["zh-Hans-TW", "zh-Hans", "zh", "en"]);
    }

    #[test]
    fn filipino_and_tagalog_serve_each_other() {
        check("fil", &["fil", "tl", "en"]);
        check("fil-PH", &["fil-PH", "fil", "tl", "en"]);
        check("tl", &["tl", "fil", "en"]);
    }

    #[test]
    fn dari_reads_persian() {
        check("prs", &["prs", "fa", "en"]);
        check("prs-AF", &["prs-AF", "prs", "fa", "en"]);
        check("fa-AF", &["fa-AF", "prs", "fa", "en"]);
    }

    #[test]
    fn portuguese_goes_to_brazilian() {
        check("pt", &["pt", "pt-BR", "en"]);
        check("pt-PT", &["pt-PT", "pt", "pt-BR", "en"]);
        check("pt-BR", &["pt-BR", "pt", "en"]);
        check("pt-AO", &["pt-AO", "pt", "pt-BR", "en"]);
    }

    #[test]
    fn other_languages() {
        check("ht", &["ht", "en"]);
        check("ht-HT", &["ht-HT", "ht", "en"]);
        check("hy", &["hy", "en"]);
        check("hy-AM", &["hy-AM", "hy", "en"]);
        check("ar-EG", &["ar-EG", "ar", "en"]);
        check("en", &["en"]);
        check("en-GB", &["en-GB", "en"]);
        check("de", &["de", "en"]);
        check("de-CH-1901", &["de-CH-1901", "de-CH", "de", "en"]);
        check("sr-Latn-RS", &["sr-Latn-RS", "sr-Latn", "sr", "en"]);
    }

    #[test]
    fn shipped_for_uses_likely_subtags_and_aliases() {
        let cases = [
            ("en-US", Some("en")),
            ("es-MX", Some("es")),
            ("zh", Some("zh-Hans")),
            ("zh-TW", Some("zh-Hant")),
            ("zh-HK", Some("zh-Hant")),
            ("zh-SG", Some("zh-Hans")),
            ("yue", Some("zh-Hant")),
            ("fil", Some("tl")),
            ("prs", Some("fa")),
            ("pt", Some("pt-BR")),
            ("pt-PT", Some("pt-BR")),
            ("hy-AM", Some("hy")),
            ("de", None),
            ("fr-HT", None),
        ];
        for (input, expect) in cases {
            let tag: LanguageIdentifier = input.parse().unwrap();
            let got = shipped_for(&tag).map(ToString::to_string);
            assert_eq!(got.as_deref(), expect, "{input}");
        }
    }
}
