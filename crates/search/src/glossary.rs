//! The multilingual concept glossary (`glossary.toml`): a query that names a concept in any
//! tier-1 language also searches for it in every other, so "abogado" reaches a record written
//! only in English about a "lawyer", and "身份证" reaches "ID card".

use std::collections::HashMap;

use serde::Deserialize;

use crate::analyze::{Family, analyze};

const GLOSSARY: &str = include_str!("../glossary.toml");

/// The glossary's TOML, as shipped (the offline bundle carries its terms to the client).
pub const SOURCE: &str = GLOSSARY;

/// A term of a concept, analysed in its own language.
#[derive(Debug, Clone)]
pub struct Expansion {
    pub folded: Vec<String>,
    pub stems: Vec<String>,
    /// For a one-word term: its distinct stems under every stemmer.
    pub all_stems: Vec<String>,
}

#[derive(Debug, Default)]
pub struct Glossary {
    /// Folded phrase ("legal aid") → concept index.
    phrases: HashMap<String, usize>,
    /// Per concept, every term in every locale.
    concepts: Vec<Vec<Expansion>>,
    longest: usize,
}

#[derive(Deserialize)]
struct RawGlossary {
    concepts: Vec<HashMap<String, toml::Value>>,
}

impl Glossary {
    /// The glossary shipped with Vecino.
    pub fn builtin() -> Glossary {
        Glossary::parse(GLOSSARY).expect("glossary.toml is valid (checked by a test)")
    }

    pub fn parse(text: &str) -> Result<Glossary, String> {
        let raw: RawGlossary = toml::from_str(text).map_err(|e| e.to_string())?;
        let mut glossary = Glossary::default();
        for concept in raw.concepts {
            let index = glossary.concepts.len();
            let mut expansions = Vec::new();
            for (key, value) in &concept {
                if key == "id" || key == "topics" {
                    continue;
                }
                let family = Family::of(key);
                let terms = value
                    .as_array()
                    .ok_or_else(|| format!("{key} is not a list"))?;
                for term in terms {
                    let term = term
                        .as_str()
                        .ok_or_else(|| format!("{key}: not a string"))?;
                    let tokens = analyze(term, family);
                    if tokens.is_empty() {
                        continue;
                    }
                    let folded: Vec<String> = tokens.iter().map(|t| t.folded.clone()).collect();
                    glossary.longest = glossary.longest.max(folded.len());
                    glossary.phrases.entry(folded.join(" ")).or_insert(index);
                    let mut all_stems: Vec<String> = if folded.len() == 1 {
                        Family::ALL
                            .iter()
                            .map(|f| crate::analyze::stem(&folded[0], *f))
                            .collect()
                    } else {
                        Vec::new()
                    };
                    all_stems.sort();
                    all_stems.dedup();
                    expansions.push(Expansion {
                        stems: tokens.into_iter().map(|t| t.stem).collect(),
                        folded,
                        all_stems,
                    });
                }
            }
            glossary.concepts.push(expansions);
        }
        Ok(glossary)
    }

    pub fn len(&self) -> usize {
        self.concepts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.concepts.is_empty()
    }

    /// The concepts named in a query's folded words, longest phrases first, each once.
    pub fn concepts_in(&self, folded: &[String]) -> Vec<&[Expansion]> {
        self.concepts_at(folded)
            .into_iter()
            .map(|(concept, _)| concept)
            .collect()
    }

    /// The concepts named in a query's folded words, each once (in the order of the first
    /// naming, longest phrases first), with a mask of the word positions (below 64) that name it.
    pub fn concepts_at(&self, folded: &[String]) -> Vec<(&[Expansion], u64)> {
        let mut found: Vec<(usize, u64)> = Vec::new();
        for len in (1..=self.longest.min(folded.len())).rev() {
            for (start, window) in folded.windows(len).enumerate() {
                let Some(&c) = self.phrases.get(&window.join(" ")) else {
                    continue;
                };
                let words = (start..start + len)
                    .filter(|i| *i < 64)
                    .fold(0u64, |mask, i| mask | 1 << i);
                match found.iter_mut().find(|(f, _)| *f == c) {
                    Some((_, mask)) => *mask |= words,
                    None => found.push((c, words)),
                }
            }
        }
        found
            .into_iter()
            .map(|(c, words)| (self.concepts[c].as_slice(), words))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TIER_1: [&str; 13] = [
        "en", "es", "zh-Hans", "zh-Hant", "vi", "tl", "ko", "ar", "fa", "ru", "hy", "ht", "pt-BR",
    ];

    #[test]
    fn the_shipped_glossary_covers_every_tier_1_locale() {
        let raw: RawGlossary = toml::from_str(GLOSSARY).unwrap();
        assert!(raw.concepts.len() >= 40, "{} concepts", raw.concepts.len());
        for concept in &raw.concepts {
            for locale in TIER_1 {
                let terms = concept.get(locale).and_then(|v| v.as_array());
                assert!(
                    terms.is_some_and(|t| !t.is_empty()),
                    "{:?} lacks {locale}",
                    concept.get("id")
                );
            }
        }
        assert_eq!(Glossary::builtin().len(), raw.concepts.len());
    }

    #[test]
    fn a_concept_named_in_one_language_expands_into_the_others() {
        let glossary = Glossary::builtin();
        let words: Vec<String> = analyze("necesito un abogado", Family::Spanish)
            .into_iter()
            .map(|t| t.folded)
            .collect();
        let concepts = glossary.concepts_in(&words);
        assert_eq!(concepts.len(), 1);
        let terms: Vec<String> = concepts[0].iter().map(|e| e.folded.join(" ")).collect();
        for expected in ["lawyer", "律师", "luat su", "محامي"] {
            assert!(
                terms.iter().any(|t| t == expected),
                "{expected} not in {terms:?}"
            );
        }
    }
}
