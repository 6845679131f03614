//! The starter guides: `crates/store/seed/guides.toml`'s facts joined with each locale's
//! Markdown (`locales/<tag>/guides/<slug>.md`, with front matter) into guides; a translation
//! whose source changed loads as stale. It never invents a fact.

use super::*;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct NeutralGuides {
    pub(super) guides: Vec<toml::Table>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct NeutralGuide {
    pub(super) slug: String,
    pub(super) topics: Vec<String>,
    pub(super) reviewed_at: Date,
    /// Days between reviews, when not the topic's.
    pub(super) review_interval_days: Option<u16>,
    pub(super) sources: Vec<RawSource>,
    #[serde(default)]
    pub(super) changing_facts: Vec<RawFact>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawFact {
    pub(super) id: String,
    /// The day someone last checked the fact against its source. Never the day it took effect:
    /// the old name `as_of` is refused so that no effective date is read as a check.
    pub(super) checked: Date,
    /// The day it took effect, when the source says.
    #[serde(default)]
    pub(super) took_effect: Option<Date>,
    pub(super) source: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct GuideFrontMatter {
    pub(super) title: String,
    pub(super) summary: String,
    pub(super) provenance: Provenance,
    pub(super) translated_from: Option<String>,
    #[serde(default)]
    pub(super) source_sha256: String,
}

/// Splits `+++\n<toml>\n+++\n<body>`.
pub(super) fn front_matter(file: &str, text: &str) -> Result<(GuideFrontMatter, String)> {
    let rest = text
        .strip_prefix("+++")
        .ok_or_else(|| seed_err(file, "no +++ front matter"))?;
    let (head, body) = rest
        .split_once("\n+++")
        .ok_or_else(|| seed_err(file, "front matter not closed"))?;
    let meta: GuideFrontMatter = toml::from_str(head).map_err(|e| seed_err(file, e))?;
    Ok((meta, body.trim().to_owned()))
}

pub(super) fn guides() -> Result<Vec<Guide>> {
    const FILE: &str = "crates/store/seed/guides.toml";
    let neutral: NeutralGuides = toml::from_str(GUIDES).map_err(|e| seed_err(FILE, e))?;
    let mut guides = Vec::new();
    for table in &neutral.guides {
        let g: NeutralGuide = record(FILE, "guide", table)?;
        let mut texts: Vec<(LocaleTag, GuideFrontMatter, String)> = Vec::new();
        for (tag, dir) in locale_dirs() {
            let Some(file) = dir.get_file(dir.path().join("guides").join(format!("{}.md", g.slug)))
            else {
                continue;
            };
            let name = format!("locales/{tag}/guides/{}.md", g.slug);
            let text = file
                .contents_utf8()
                .ok_or_else(|| seed_err(&name, "not UTF-8"))?;
            let (meta, body) = front_matter(&name, text)?;
            let locale = LocaleTag::parse(tag).map_err(|e| seed_err(&name, e))?;
            check_provenance(
                &name,
                &locale,
                meta.provenance,
                meta.translated_from.as_deref(),
            )?;
            texts.push((locale, meta, body));
        }
        let Some(source) = texts.iter().find(|(tag, ..)| tag.as_str() == SOURCE_LOCALE) else {
            return Err(seed_err(
                FILE,
                format!("guide {} has no English text", g.slug),
            ));
        };
        let translations: Vec<_> = texts
            .iter()
            .filter(|(tag, ..)| tag.as_str() != SOURCE_LOCALE)
            .map(guide_text)
            .collect();
        let (_, en_meta, en_body) = source;
        let current = record_hash(&[&en_meta.title, &en_meta.summary, en_body]);
        let [title, summary, body]: [LocalizedText; 3] = localize(
            &format!("locales/en/guides/{}.md", g.slug),
            &guide_text(source),
            &current,
            &translations,
        )?
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .try_into()
        .expect("three fields");
        let slug = parse_slug(FILE, &g.slug)?;
        let guide = Guide {
            id: stable_id("guide", &slug),
            slug,
            title,
            summary,
            body,
            topics: topics(FILE, &g.topics)?,
            sources: sources(FILE, &g.sources)?,
            reviewed_at: g.reviewed_at,
            changing_facts: g
                .changing_facts
                .iter()
                .map(|f| {
                    Ok(ChangingFact {
                        id: parse_slug(FILE, &f.id)?,
                        checked: f.checked,
                        took_effect: f.took_effect,
                        source: f
                            .source
                            .parse()
                            .map_err(|e| seed_err(FILE, format!("guide {}: {e}", g.slug)))?,
                    })
                })
                .collect::<Result<_>>()?,
            review_interval_days: g.review_interval_days,
        };
        guide
            .validate()
            .map_err(|e| seed_err(FILE, format!("guide {}: {e}", g.slug)))?;
        guides.push(guide);
    }
    Ok(guides)
}

pub(super) fn guide_text(
    (tag, meta, body): &(LocaleTag, GuideFrontMatter, String),
) -> LocalText<'_> {
    LocalText {
        locale: tag.clone(),
        provenance: meta.provenance,
        fields: vec![
            Some(meta.title.as_str()),
            Some(meta.summary.as_str()),
            Some(body.as_str()),
        ],
        declared_hash: meta.source_sha256.as_str(),
    }
}
