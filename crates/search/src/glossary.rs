//! The multilingual concept glossary (`glossary.toml`): a query that names a concept in any
//! tier-1 language also searches for it in every other, so "abogado" reaches a record written
//! only in English about a "lawyer", and "身份证" reaches "ID card". A concept may also stand
//! for a listing's known fact (`facts`): a listing whose fact says it does not ask about status
//! names "undocumented" and "no status questions" whatever its text says, so "sin papeles"
//! finds it. It must never claim a fact for a listing whose facts do not state it.

use std::collections::HashMap;

use serde::Deserialize;

use crate::analyze::{Family, analyze};

const GLOSSARY: &str = include_str!("../glossary.toml");

/// The glossary's TOML, as shipped (the offline bundle carries its terms to the client).
pub const SOURCE: &str = GLOSSARY;

/// A term of a concept, analysed in its own language: its folded words (what snippets mark).
#[derive(Debug, Clone)]
pub struct Expansion {
    pub folded: Vec<String>,
}

#[derive(Debug, Default)]
pub struct Glossary {
    /// Folded phrase ("legal aid") → concept index.
    phrases: HashMap<String, usize>,
    /// Per concept, every term in every locale.
    concepts: Vec<Vec<Expansion>>,
    /// Per concept, its `id`: the term the index holds for it (see [`Glossary::tag`]).
    ids: Vec<String>,
    /// A one-word term's stem under any stemmer → the concepts with that term.
    by_stem: HashMap<String, Vec<u32>>,
    /// The first folded word of a term of several words → (concept, the term's words).
    by_first_word: HashMap<String, Vec<(u32, Vec<String>)>>,
    longest: usize,
    /// Per listing fact, the concepts that stand for it (see [`Fact`]).
    by_fact: Vec<Vec<usize>>,
}

/// A listing's known fact a concept can stand for (the glossary's `facts = [...]`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fact {
    /// Free of charge.
    Free,
    /// Does not ask about immigration status.
    NoStatusQuestions,
    /// Serves people regardless of status.
    RegardlessOfStatus,
    /// No ID needed.
    NoId,
    /// No Social Security number needed.
    NoSsn,
    /// Accepting new clients.
    Accepting,
}

impl Fact {
    pub const ALL: [Fact; 6] = [
        Fact::Free,
        Fact::NoStatusQuestions,
        Fact::RegardlessOfStatus,
        Fact::NoId,
        Fact::NoSsn,
        Fact::Accepting,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Fact::Free => "free",
            Fact::NoStatusQuestions => "no-status-questions",
            Fact::RegardlessOfStatus => "regardless-of-status",
            Fact::NoId => "no-id",
            Fact::NoSsn => "no-ssn",
            Fact::Accepting => "accepting",
        }
    }
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
            let id = concept
                .get("id")
                .and_then(|v| v.as_str())
                .ok_or("a concept without an id")?;
            if glossary.ids.iter().any(|known| known == id) {
                return Err(format!("two concepts are called {id}"));
            }
            glossary.ids.push(id.to_owned());
            glossary.by_fact.resize_with(Fact::ALL.len(), Vec::new);
            for fact in concept
                .get("facts")
                .and_then(|v| v.as_array())
                .into_iter()
                .flatten()
            {
                let fact = fact.as_str().unwrap_or_default();
                let i = Fact::ALL
                    .iter()
                    .position(|f| f.slug() == fact)
                    .ok_or_else(|| format!("{id}: no listing fact is called {fact:?}"))?;
                glossary.by_fact[i].push(index);
            }
            let mut expansions = Vec::new();
            for (key, value) in &concept {
                if key == "id" || key == "topics" || key == "facts" {
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
                    let concept = index as u32;
                    // A one-word term by its stems under every stemmer (the text's language
                    // is the document's, not the term's).
                    let all_stems: Vec<String> = if folded.len() == 1 {
                        Family::ALL
                            .iter()
                            .map(|f| crate::analyze::stem(&folded[0], *f))
                            .collect()
                    } else {
                        Vec::new()
                    };
                    for stem in &all_stems {
                        let concepts = glossary.by_stem.entry(stem.clone()).or_default();
                        if !concepts.contains(&concept) {
                            concepts.push(concept);
                        }
                    }
                    if folded.len() > 1 {
                        glossary
                            .by_first_word
                            .entry(folded[0].clone())
                            .or_default()
                            .push((concept, folded.clone()));
                    }
                    expansions.push(Expansion { folded });
                }
            }
            glossary.concepts.push(expansions);
        }
        Ok(glossary)
    }

    /// The glossary shipped with Vecino, parsed once.
    pub fn shared() -> &'static Glossary {
        static SHARED: std::sync::LazyLock<Glossary> = std::sync::LazyLock::new(Glossary::builtin);
        &SHARED
    }

    /// A fingerprint of the shipped glossary (FNV-1a of its text), the same on every platform:
    /// the index names its concept fields with it, so an index made with another glossary
    /// reads as another schema and is rebuilt.
    pub fn fingerprint() -> u64 {
        GLOSSARY
            .bytes()
            .fold(0xcbf2_9ce4_8422_2325u64, |hash, byte| {
                (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
            })
    }

    /// The concepts that stand for a listing's known `facts`, each once, in glossary order.
    pub fn concepts_for(&self, facts: &[Fact]) -> Vec<usize> {
        let mut out: Vec<usize> = facts
            .iter()
            .filter_map(|f| self.by_fact.get(*f as usize))
            .flatten()
            .copied()
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The term the index holds, in a document's concept fields, for concept `index`.
    pub fn tag(&self, index: usize) -> &str {
        &self.ids[index]
    }

    /// The concepts a text names, each with how many times: a one-word term where a word's
    /// stem (`stems`, the text's own stemmer's) is one of the term's stems under any stemmer,
    /// a term of several words where all of them are among the text's words (`folded`). The
    /// same test a query applied to every term of a concept, made once when indexing.
    pub fn concepts_named(&self, folded: &[&str], stems: &[&str]) -> Vec<(usize, u32)> {
        let mut found: Vec<(usize, u32)> = Vec::new();
        let add = |concept: u32, found: &mut Vec<(usize, u32)>| match found
            .iter_mut()
            .find(|(c, _)| *c == concept as usize)
        {
            Some((_, n)) => *n += 1,
            None => found.push((concept as usize, 1)),
        };
        for stem in stems {
            for &concept in self.by_stem.get(*stem).into_iter().flatten() {
                add(concept, &mut found);
            }
        }
        let distinct: rustc_hash::FxHashSet<&str> = folded.iter().copied().collect();
        let mut phrases: Vec<u32> = Vec::new();
        for word in &distinct {
            for (concept, words) in self.by_first_word.get(*word).into_iter().flatten() {
                if !phrases.contains(concept)
                    && words[1..].iter().all(|w| distinct.contains(w.as_str()))
                {
                    phrases.push(*concept);
                }
            }
        }
        // Sorted: the documents are the same however the set iterates.
        phrases.sort_unstable();
        for concept in phrases {
            add(concept, &mut found);
        }
        found
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
            .map(|(concept, _)| self.expansions(concept))
            .collect()
    }

    /// The concepts (by index) named in a query's folded words, each once (in the order of the
    /// first naming, longest phrases first), with a mask of the word positions (below 64) that
    /// name it.
    pub fn concepts_at(&self, folded: &[String]) -> Vec<(usize, u64)> {
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
    }

    /// Every term of concept `index`.
    pub fn expansions(&self, index: usize) -> &[Expansion] {
        &self.concepts[index]
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
