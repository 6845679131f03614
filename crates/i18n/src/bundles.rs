//! The Fluent bundles, one per shipped locale, built from the embedded `main.ftl` files.

use std::fmt;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use include_dir::{Dir, include_dir};
use serde::Serialize;
use unic_langid::LanguageIdentifier;

use crate::chain::{content_chain, shipped_for};
use crate::direction::{Direction, direction};
use crate::lint::syntax_errors;
use crate::negotiate::{Negotiated, negotiate};
use crate::{DEFAULT_LOCALE, Error, Result, SHIPPED};

/// The `locales/` folder, embedded at compile time. Only `<tag>/main.ftl` files are UI strings;
/// the other files there belong to other crates.
static LOCALES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/../../locales");

/// The file name of a locale's UI strings inside its folder.
pub(crate) const MAIN_FTL: &str = "main.ftl";

/// The embedded `main.ftl` of a locale folder, if there is one.
pub(crate) fn embedded_main_ftl(tag: &str) -> Option<&'static str> {
    LOCALES
        .get_file(format!("{tag}/{MAIN_FTL}"))
        .and_then(|file| file.contents_utf8())
}

/// One shipped language, as a language picker shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct LocaleInfo {
    /// The shipped tag, as in [`SHIPPED`].
    pub tag: &'static str,
    /// The language's name in itself (`Español`, `中文（繁體）`).
    pub self_name: String,
    /// The language's name in English (`Spanish`).
    pub english_name: String,
    /// Which way it is written.
    pub direction: Direction,
}

struct Locale {
    tag: &'static str,
    id: LanguageIdentifier,
    bundle: FluentBundle<FluentResource>,
}

/// The UI strings of every shipped locale. Build it once with [`I18n::load`] and share it
/// (`Arc<I18n>`); it is `Send + Sync` and every method takes `&self`.
pub struct I18n {
    /// In [`SHIPPED`] order for [`I18n::load`].
    locales: Vec<Locale>,
    /// Index of English in `locales`.
    default: usize,
}

impl fmt::Debug for I18n {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("I18n")
            .field(
                "locales",
                &self.locales.iter().map(|l| l.tag).collect::<Vec<_>>(),
            )
            .finish()
    }
}

impl I18n {
    /// Parses the embedded `main.ftl` of every shipped locale.
    ///
    /// Fails if a shipped locale has no file, a file has a Fluent syntax error, or a file defines
    /// a message twice.
    pub fn load() -> Result<Self> {
        let sources = SHIPPED
            .iter()
            .map(|&tag| {
                let source = embedded_main_ftl(tag).ok_or(Error::MissingLocale { locale: tag })?;
                Ok((tag, source))
            })
            .collect::<Result<Vec<_>>>()?;
        Self::from_sources(&sources)
    }

    /// Builds the bundles from the given `(tag, Fluent source)` pairs instead of the embedded
    /// files: for tests and tools that need a locale with a message missing, or a draft
    /// translation. Tags must be well formed and one of them must be `en`; negotiation still
    /// chooses among [`SHIPPED`] locales.
    pub fn from_sources(sources: &[(&'static str, &str)]) -> Result<Self> {
        let locales = sources
            .iter()
            .map(|&(tag, source)| {
                let id = crate::parse_tag(tag)?;
                Ok(Locale {
                    tag,
                    bundle: bundle(tag, id.clone(), source)?,
                    id,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        let default = locales
            .iter()
            .position(|locale| locale.tag == DEFAULT_LOCALE)
            .ok_or(Error::MissingLocale {
                locale: DEFAULT_LOCALE,
            })?;
        Ok(I18n { locales, default })
    }

    /// Chooses the UI locale and content chain for one request.
    ///
    /// An `explicit` choice (a `?lang=` or `/{lang}/` override) wins and must be a well-formed
    /// tag, else [`Error::InvalidLocale`]. Otherwise the `Accept-Language` header is used by
    /// q-value, ignoring malformed entries; otherwise English. A language we do not ship falls back
    /// to English with [`Negotiated::fell_back`] set.
    pub fn negotiate(
        &self,
        explicit: Option<&str>,
        accept_language: Option<&str>,
    ) -> Result<Negotiated> {
        negotiate(explicit, accept_language)
    }

    /// The message `id` in `ui`, formatted with `args`.
    ///
    /// `ui` need not be shipped exactly (`es-MX` renders Spanish). A message missing in `ui` comes
    /// from English; a message missing everywhere renders as its id. Never panics.
    pub fn message(&self, ui: &LanguageIdentifier, id: &str, args: Option<&FluentArgs>) -> String {
        self.format(ui, id, None, args)
            .unwrap_or_else(|| id.to_owned())
    }

    /// The attribute `attr` of message `id` (`error-not-found` `.title`) in `ui`, with the same
    /// fallback as [`I18n::message`]; renders as `id.attr` when missing everywhere.
    pub fn attribute(
        &self,
        ui: &LanguageIdentifier,
        id: &str,
        attr: &str,
        args: Option<&FluentArgs>,
    ) -> String {
        self.format(ui, id, Some(attr), args)
            .unwrap_or_else(|| format!("{id}.{attr}"))
    }

    /// Every UI message and attribute (`id`, `id.attr`) in `ui`, with the same fallback as
    /// [`I18n::message`], for a client that renders without Fluent (the offline bundle's UI
    /// strings). A variable stays as `{$name}` for the client to fill in.
    pub fn catalog(&self, ui: &LanguageIdentifier) -> std::collections::BTreeMap<String, String> {
        let shape = crate::lint::shape(embedded_main_ftl(DEFAULT_LOCALE).unwrap_or_default());
        let placeholders = |vars: &std::collections::BTreeSet<String>| {
            let mut args = FluentArgs::new();
            for var in vars {
                args.set(var.clone(), format!("{{${var}}}"));
            }
            args
        };
        let mut out = std::collections::BTreeMap::new();
        for (id, message) in &shape.messages {
            if let Some(vars) = &message.value {
                out.insert(id.clone(), self.message(ui, id, Some(&placeholders(vars))));
            }
            for (attr, vars) in &message.attributes {
                out.insert(
                    format!("{id}.{attr}"),
                    self.attribute(ui, id, attr, Some(&placeholders(vars))),
                );
            }
        }
        out
    }

    /// Every loaded locale (for [`I18n::load`], the [`SHIPPED`] ones in that order), named from its own `language-self-name` and
    /// `language-english-name` messages.
    pub fn locales(&self) -> Vec<LocaleInfo> {
        self.locales
            .iter()
            .map(|locale| LocaleInfo {
                tag: locale.tag,
                self_name: self.message(&locale.id, "language-self-name", None),
                english_name: self.message(&locale.id, "language-english-name", None),
                direction: direction(&locale.id),
            })
            .collect()
    }

    /// The tags to try for content in `tag`, most specific first, ending in `"en"`, no
    /// duplicates: `es-MX` → `[es-MX, es, en]`, `zh-TW` → `[zh-TW, zh-Hant, en]`,
    /// `fil` → `[fil, tl, en]`, `pt-PT` → `[pt-PT, pt, pt-BR, en]`, `de` → `[de, en]`.
    pub fn content_chain(tag: &LanguageIdentifier) -> Vec<String> {
        content_chain(tag)
    }

    /// The locales to look a message up in for `ui`: the locale that serves it, then English.
    fn chain(&self, ui: &LanguageIdentifier) -> impl Iterator<Item = &Locale> {
        let position = |id: &LanguageIdentifier| self.locales.iter().position(|l| l.id == *id);
        let index = position(ui).or_else(|| position(shipped_for(ui)?));
        index
            .filter(|&i| i != self.default)
            .into_iter()
            .chain([self.default])
            .filter_map(|i| self.locales.get(i))
    }

    fn format(
        &self,
        ui: &LanguageIdentifier,
        id: &str,
        attr: Option<&str>,
        args: Option<&FluentArgs>,
    ) -> Option<String> {
        self.chain(ui).find_map(|locale| {
            let message = locale.bundle.get_message(id)?;
            let pattern = match attr {
                None => message.value()?,
                Some(attr) => message.get_attribute(attr)?.value(),
            };
            let mut errors = Vec::new();
            let text = locale.bundle.format_pattern(pattern, args, &mut errors);
            if !errors.is_empty() {
                // Names only: message ids, attribute names, variable names, never argument values.
                tracing::warn!(
                    locale = locale.tag,
                    id,
                    attr,
                    ?errors,
                    "Fluent formatting error"
                );
            }
            Some(text.into_owned())
        })
    }
}

/// A concurrent bundle for one locale, without Unicode isolation marks around placeables: output
/// goes into JSON and HTML attributes, and the page sets the direction.
fn bundle(tag: &str, id: LanguageIdentifier, source: &str) -> Result<FluentBundle<FluentResource>> {
    let errors = syntax_errors(source);
    if !errors.is_empty() {
        return Err(Error::Syntax {
            locale: tag.to_owned(),
            errors,
        });
    }
    let resource =
        FluentResource::try_new(source.to_owned()).map_err(|(_, errors)| Error::Syntax {
            locale: tag.to_owned(),
            errors: errors.iter().map(ToString::to_string).collect(),
        })?;
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
    bundle
        .add_resource(resource)
        .map_err(|errors| Error::Bundle {
            locale: tag.to_owned(),
            errors: errors.iter().map(ToString::to_string).collect(),
        })?;
    Ok(bundle)
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use fluent_bundle::FluentError;
    use fluent_bundle::resolver::ResolverError;
    use fluent_bundle::resolver::errors::ReferenceKind;

    use super::*;
    use crate::lint::shape;

    fn i18n() -> I18n {
        I18n::load().expect("embedded locales load")
    }

    fn tag(s: &str) -> LanguageIdentifier {
        s.parse().unwrap()
    }

    #[track_caller]
    fn check(i18n: &I18n, ui: &str, id: &str, expect: &str) {
        assert_eq!(i18n.message(&tag(ui), id, None), expect, "{id} in {ui}");
    }

    #[test]
    fn i18n_is_shareable_across_threads() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<I18n>();
    }

    #[test]
    fn every_shipped_locale_is_embedded_and_loads() {
        let i18n = i18n();
        let loaded: Vec<&str> = i18n.locales.iter().map(|l| l.tag).collect();
        assert_eq!(loaded, SHIPPED);
    }

    #[test]
    fn the_catalog_holds_every_message_and_attribute_with_placeholders() {
        let i18n = i18n();
        let en = i18n.catalog(&tag("en"));
        let es = i18n.catalog(&tag("es"));
        assert_eq!(en.keys().collect::<Vec<_>>(), es.keys().collect::<Vec<_>>());
        assert_eq!(en["topic-daca"], "DACA");
        assert_eq!(en["error-not-found.title"], "Not found");
        assert_eq!(
            en["error-guide-not-found"],
            "There is no guide at the address “{$slug}”."
        );
        assert_ne!(es["error-not-found.title"], en["error-not-found.title"]);
        assert!(es["error-guide-not-found"].contains("{$slug}"));
    }

    #[test]
    fn missing_messages_fall_back_to_english() {
        let i18n = I18n::from_sources(&[
            (
                "en",
                "hello = Hello\nonly-en = Only in English\n    .title = Title\n",
            ),
            ("es", "hello = Hola\nonly-en =\n    .other = x\n"),
        ])
        .unwrap();
        check(&i18n, "es", "hello", "Hola");
        check(&i18n, "es-MX", "hello", "Hola");
        check(&i18n, "es", "only-en", "Only in English");
        check(&i18n, "de", "hello", "Hello");
        check(&i18n, "es", "nowhere", "nowhere");
        // A locale not loaded at all (here: Vietnamese) is served by English.
        check(&i18n, "vi", "hello", "Hello");
        let es = tag("es");
        assert_eq!(i18n.attribute(&es, "only-en", "title", None), "Title");
        assert_eq!(i18n.attribute(&es, "only-en", "other", None), "x");
        assert_eq!(i18n.attribute(&es, "only-en", "nope", None), "only-en.nope");
        assert_eq!(
            i18n.attribute(&es, "nowhere", "title", None),
            "nowhere.title"
        );
    }

    #[test]
    fn from_sources_requires_english_and_valid_files() {
        assert!(matches!(
            I18n::from_sources(&[("es", "a = b\n")]),
            Err(Error::MissingLocale { locale: "en" })
        ));
        assert!(matches!(
            I18n::from_sources(&[("en", "a = { $b\n")]),
            Err(Error::Syntax { locale, .. }) if locale == "en"
        ));
        assert!(matches!(
            I18n::from_sources(&[("en", "a = 1\na = 2\n")]),
            Err(Error::Bundle { locale, .. }) if locale == "en"
        ));
        assert!(matches!(
            I18n::from_sources(&[("en", "a = 1\n"), ("12@@", "a = 1\n")]),
            Err(Error::InvalidLocale(_))
        ));
    }

    #[test]
    fn shipped_locales_render_their_own_strings() {
        let i18n = i18n();
        check(
            &i18n,
            "es",
            "topic-know-your-rights",
            "Conozca sus derechos",
        );
        check(
            &i18n,
            "es-MX",
            "topic-know-your-rights",
            "Conozca sus derechos",
        );
        check(&i18n, "zh-TW", "topic-housing", "住房");
        check(&i18n, "zh-Hant", "language-self-name", "中文（繁體）");
        check(&i18n, "zh-CN", "language-self-name", "中文（简体）");
        check(&i18n, "fil", "topic-health", "Kalusugan");
        check(&i18n, "prs", "language-self-name", "فارسی");
        check(&i18n, "pt-PT", "topic-health", "Saúde");
        check(&i18n, "de", "topic-health", "Health");
    }

    #[test]
    fn arguments_are_substituted_without_isolation_marks() {
        let i18n = i18n();
        let mut args = FluentArgs::new();
        args.set("slug", "know-your-rights");
        let text = i18n.message(&tag("ar"), "error-guide-not-found", Some(&args));
        assert!(text.contains("«know-your-rights»"), "{text}");
        assert!(!text.contains(['\u{2068}', '\u{2069}']), "{text:?}");

        let mut args = FluentArgs::new();
        args.set("name", "page");
        args.set("value", "-3");
        assert_eq!(
            i18n.message(&tag("en"), "error-invalid-parameter", Some(&args)),
            "The value “-3” is not valid for “page”."
        );
        assert_eq!(
            i18n.attribute(&tag("es"), "error-invalid-parameter", "title", None),
            "Valor no válido"
        );
    }

    #[test]
    fn missing_arguments_do_not_panic() {
        let i18n = i18n();
        let text = i18n.message(&tag("ko"), "changing-fact-notice", None);
        assert!(text.contains("$date"), "{text}");
    }

    #[test]
    fn locales_are_named_in_themselves_and_in_english() {
        let named: Vec<(&str, String, String, &str)> = i18n()
            .locales()
            .into_iter()
            .map(|l| (l.tag, l.self_name, l.english_name, l.direction.as_str()))
            .collect();
        let expect = [
            ("en", "English", "English", "ltr"),
            ("es", "Español", "Spanish", "ltr"),
            ("zh-Hans", "中文（简体）", "Chinese (Simplified)", "ltr"),
            ("zh-Hant", "中文（繁體）", "Chinese (Traditional)", "ltr"),
            ("vi", "Tiếng Việt", "Vietnamese", "ltr"),
            ("tl", "Tagalog", "Tagalog", "ltr"),
            ("ko", "한국어", "Korean", "ltr"),
            ("ar", "العربية", "Arabic", "rtl"),
            ("fa", "فارسی", "Persian", "rtl"),
            ("ru", "Русский", "Russian", "ltr"),
            ("hy", "Հայերեն", "Armenian", "ltr"),
            ("ht", "Kreyòl ayisyen", "Haitian Creole", "ltr"),
            ("pt-BR", "Português (Brasil)", "Portuguese (Brazil)", "ltr"),
        ];
        let expect: Vec<(&str, String, String, &str)> = expect
            .into_iter()
            .map(|(t, s, e, d)| (t, s.to_owned(), e.to_owned(), d))
            .collect();
        assert_eq!(named, expect);
    }

    /// The line scanner in `lint` agrees with the real Fluent parser on every embedded file.
    #[test]
    fn lint_shape_matches_the_fluent_parser() {
        for &tag in SHIPPED {
            let source = embedded_main_ftl(tag).unwrap();
            let scanned = shape(source);
            let resource = FluentResource::try_new(source.to_owned()).unwrap();
            assert_eq!(resource.entries().count(), scanned.messages.len(), "{tag}");

            let mut bundle = FluentBundle::new_concurrent(vec![tag.parse().unwrap()]);
            bundle.add_resource(resource).unwrap();
            for (id, shape) in &scanned.messages {
                let message = bundle
                    .get_message(id)
                    .unwrap_or_else(|| panic!("{tag}: {id}"));
                let attributes: BTreeSet<String> =
                    message.attributes().map(|a| a.id().to_owned()).collect();
                let scanned_attributes: BTreeSet<String> =
                    shape.attributes.keys().cloned().collect();
                assert_eq!(attributes, scanned_attributes, "{tag}: {id}");
                assert_eq!(
                    message.value().is_some(),
                    shape.value.is_some(),
                    "{tag}: {id}"
                );

                let mut patterns: Vec<(_, &BTreeSet<String>)> = Vec::new();
                if let (Some(value), Some(vars)) = (message.value(), &shape.value) {
                    patterns.push((value, vars));
                }
                for attribute in message.attributes() {
                    patterns.push((attribute.value(), &shape.attributes[attribute.id()]));
                }
                for (pattern, scanned_vars) in patterns {
                    let mut errors = Vec::new();
                    bundle.format_pattern(pattern, None, &mut errors);
                    let used: BTreeSet<String> = errors
                        .into_iter()
                        .filter_map(|e| match e {
                            FluentError::ResolverError(ResolverError::Reference(
                                ReferenceKind::Variable { id },
                            )) => Some(id),
                            _ => None,
                        })
                        .collect();
                    assert_eq!(&used, scanned_vars, "{tag}: {id}");
                }
            }
        }
    }
}
