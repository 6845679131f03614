//! The search engine on a small, hand-made directory: what a resident typing would notice.

mod listings;

use vecino_core::{EntityKind, GeoPoint, GeoPrecision, Id, LocaleTag, Slug, Timestamp, Topic};
use vecino_search::{Filters, IndexRecord, LocaleText, RecordMeta, SearchIndex, SearchRequest};

fn text(locale: &str, title: &str, body: &str) -> LocaleText {
    LocaleText {
        locale: LocaleTag::parse(locale).unwrap(),
        title: title.into(),
        body: body.into(),
    }
}

fn record(slug: &str, topics: &[Topic], texts: Vec<LocaleText>) -> IndexRecord {
    IndexRecord {
        meta: RecordMeta {
            kind: EntityKind::Service,
            id: Id::new_random(),
            slug: Slug::parse(slug).unwrap(),
            topics: topics.to_vec(),
            languages: vec!["es".into()],
            accreditation: None,
            free: None,
            verified: false,
            points: vec![],
            schedules: vec![],
            listing: Default::default(),
        },
        texts,
    }
}

fn directory() -> SearchIndex {
    let index = SearchIndex::in_memory().unwrap();
    let mut legal = record(
        "legal-clinic",
        &[Topic::LegalAid],
        vec![
            text(
                "en",
                "Free immigration lawyer clinic",
                "Licensed attorneys give free legal advice on immigration.",
            ),
            text(
                "es",
                "Clínica gratuita de abogados de inmigración",
                "Abogados con licencia dan asesoría legal gratuita sobre inmigración.",
            ),
        ],
    );
    legal.meta.accreditation = Some(vecino_core::Accreditation::LicensedAttorney);
    legal.meta.free = Some(true);
    legal.meta.points = vec![GeoPoint::new(37.3382, -121.8863, GeoPrecision::City).unwrap()];
    let citizenship = record(
        "citizenship-workshop",
        &[Topic::Citizenship],
        vec![
            text(
                "en",
                "Citizenship workshop",
                "Help with the N-400 naturalization application.",
            ),
            text(
                "es",
                "Taller de ciudadanía",
                "Ayuda con la solicitud de naturalización N-400.",
            ),
        ],
    );
    let mut idcard = record(
        "city-id-card",
        &[Topic::IdCard],
        vec![text(
            "en",
            "Municipal ID card",
            "A city identification card for every resident, whatever their status.",
        )],
    );
    idcard.meta.points = vec![GeoPoint::new(40.7128, -74.0060, GeoPrecision::City).unwrap()];
    let rights = record(
        "rights-vi",
        &[Topic::KnowYourRights],
        vec![text(
            "vi",
            "Quyền của tôi khi gặp cảnh sát",
            "Bạn có quyền giữ im lặng.",
        )],
    );
    let chinese = record(
        "green-card-zh",
        &[Topic::LegalAid],
        vec![text("zh-Hant", "綠卡申請協助", "協助申請綠卡與身份證件。")],
    );
    let mut line = record(
        "helpline",
        &[Topic::InformationAndReferral],
        vec![text(
            "en",
            "24/7 helpline",
            "Call any time for information.",
        )],
    );
    line.meta.schedules = vec![vecino_core::Schedule::always_open("America/Los_Angeles").unwrap()];
    for r in [&legal, &citizenship, &idcard, &rights, &chinese, &line] {
        index.upsert(r).unwrap();
    }
    index.commit(0).unwrap();
    index
}

fn search(index: &SearchIndex, q: &str, lang: &str) -> Vec<String> {
    search_with(index, q, lang, Filters::default())
}

fn search_with(index: &SearchIndex, q: &str, lang: &str, filters: Filters) -> Vec<String> {
    let request = SearchRequest {
        query: q.into(),
        locales: vec![lang.into(), "en".into()],
        filters,
        page: 1,
        per_page: 10,
    };
    index
        .search(&request)
        .unwrap()
        .hits
        .into_iter()
        .map(|h| h.slug.to_string())
        .collect()
}

#[test]
fn finds_in_the_readers_language_with_and_without_accents() {
    let index = directory();
    assert_eq!(
        search(&index, "ciudadanía", "es")[0],
        "citizenship-workshop"
    );
    assert_eq!(
        search(&index, "ciudadania", "es")[0],
        "citizenship-workshop"
    );
    assert_eq!(search(&index, "quyen cua toi", "vi")[0], "rights-vi");
    assert_eq!(
        search(&index, "abogado inmigracion gratis", "es")[0],
        "legal-clinic"
    );
}

#[test]
fn tolerates_typos_scaled_by_word_length() {
    let index = directory();
    assert_eq!(
        search(&index, "ciudadnia", "es")[0],
        "citizenship-workshop",
        "1 typo in 9+ letters"
    );
    assert_eq!(
        search(&index, "inmigarcoin", "es")[0],
        "legal-clinic",
        "2 typos in 11 letters"
    );
    assert_eq!(
        search(&index, "lawyr", "en")[0],
        "legal-clinic",
        "1 typo in 5 letters"
    );
    // "cart" is one edit from "card", but words of 4 letters or fewer get no typo allowance
    // (the trailing space says the word is finished, so it is not a prefix either).
    assert!(!search(&index, "cart ", "en").contains(&"city-id-card".to_owned()));
    assert_eq!(search(&index, "card ", "en")[0], "city-id-card");
}

#[test]
fn exact_matches_rank_above_fuzzy_ones() {
    let index = SearchIndex::in_memory().unwrap();
    index
        .upsert(&record(
            "exact",
            &[Topic::Health],
            vec![text("en", "clinic hours", "x")],
        ))
        .unwrap();
    index
        .upsert(&record(
            "fuzzy",
            &[Topic::Health],
            vec![text("en", "clinics hours", "x")],
        ))
        .unwrap();
    index
        .upsert(&record(
            "other",
            &[Topic::Health],
            vec![text("en", "cynic hours", "x")],
        ))
        .unwrap();
    index.commit(0).unwrap();
    let hits = search(&index, "clinic ", "en");
    assert_eq!(hits[0], "exact");
}

#[test]
fn script_variants_meet() {
    let index = directory();
    assert_eq!(
        search(&index, "绿卡", "zh-Hans")[0],
        "green-card-zh",
        "simplified finds traditional"
    );
    assert_eq!(search(&index, "綠卡", "zh-Hant")[0], "green-card-zh");
}

#[test]
fn the_last_word_matches_as_a_prefix_while_typing() {
    let index = directory();
    assert_eq!(search(&index, "citizensh", "en")[0], "citizenship-workshop");
    assert_eq!(search(&index, "municipal ide", "en")[0], "city-id-card");
}

/// Typing a listing's name, that listing comes first before the last word is finished: above
/// one whose shorter title has fewer of the words (so each weighs more), and whose body has the
/// rest.
#[test]
fn a_title_being_typed_comes_first() {
    let index = SearchIndex::in_memory().unwrap();
    let shorter = record(
        "family-plan-workshop",
        &[Topic::KnowYourRights],
        vec![text(
            "es",
            "Taller de plan de preparación familiar",
            "Red de Mujeres Unidas. Llegue quince minutos antes para llenar una hoja de registro.",
        )],
    );
    let typed = record(
        "family-plan-workshop-women",
        &[Topic::KnowYourRights],
        vec![text(
            "es",
            "Taller de plan de preparación familiar para mujeres",
            "Centro de Recursos para Inmigrantes. Traiga sus talones de cheque.",
        )],
    );
    // Other listings, so that the shared words are as common as in a real directory.
    let others: Vec<IndexRecord> = (0..40)
        .map(|i| {
            record(
                &format!("other-{i}"),
                &[Topic::Health],
                vec![text(
                    "es",
                    &format!("Clínica de salud número {i} para la comunidad"),
                    "Consultas médicas de lunes a viernes para toda la familia.",
                )],
            )
        })
        .collect();
    for r in others.iter().chain([&shorter, &typed]) {
        index.upsert(r).unwrap();
    }
    index.commit(0).unwrap();
    let q = "Taller de plan de preparación familiar para muj";
    assert_eq!(search(&index, q, "es")[0], "family-plan-workshop-women");
    // A whole title typed is still that title first, the longer one next.
    assert_eq!(
        search(&index, "Taller de plan de preparación familiar", "es")[..2],
        ["family-plan-workshop", "family-plan-workshop-women"]
    );
}

#[test]
fn the_glossary_crosses_languages() {
    let index = directory();
    // "abogado" is in the glossary next to "lawyer": an English-only reader's record is reached
    // from Spanish, and the other way round.
    let hits = search(&index, "abogado", "es");
    assert_eq!(hits[0], "legal-clinic");
}

#[test]
fn a_listing_only_in_another_language_ranks_by_the_concepts_it_matches() {
    // Arabic-only: "Ramadan food baskets for seniors". The phrase "لكبار السن" (for seniors)
    // stands in the title, where glossary phrases are matched too.
    let index = SearchIndex::in_memory().unwrap();
    let ramadan = record(
        "ramadan-baskets-ar",
        &[Topic::Food],
        vec![text(
            "ar",
            "سلال غذائية في شهر رمضان لكبار السن",
            "توزع المواد الغذائية حسب أسبقية الحضور.",
        )],
    );
    index.upsert(&ramadan).unwrap();
    // English listings that match "food … for seniors" directly, but nothing about Ramadan or
    // baskets.
    let english = [
        "Food pantry for seniors",
        "Hot meal program for seniors",
        "Mobile food market for seniors",
        "Food pantry for newcomers",
        "Food pantry for women",
        "Tenant rights counseling for seniors",
        "Job readiness program for seniors",
        "Free tax preparation for seniors",
        "Computer skills class for seniors",
        "Survivor safety planning for seniors",
        "Food pantry",
        "Hot meal program",
    ];
    for (i, title) in english.iter().enumerate() {
        let r = record(
            &format!("en-{i}"),
            &[Topic::Food],
            vec![text(
                "en",
                title,
                "Families can visit the pantry once a week.",
            )],
        );
        index.upsert(&r).unwrap();
    }
    index.commit(0).unwrap();
    let hits = search(&index, "Ramadan food baskets for seniors", "en");
    assert_eq!(hits[0], "ramadan-baskets-ar", "{hits:?}");
    // And from Spanish, a reader who writes "para personas mayores".
    let hits = search(
        &index,
        "canastas de comida de Ramadán para personas mayores",
        "es",
    );
    assert_eq!(hits[0], "ramadan-baskets-ar", "{hits:?}");
}

#[test]
fn filters_and_facets() {
    let index = directory();
    let near = GeoPoint::new(37.35, -121.9, GeoPrecision::Exact).unwrap();
    let request = SearchRequest {
        query: "free".into(),
        locales: vec!["en".into()],
        filters: Filters {
            near: Some((near, 50.0)),
            ..Default::default()
        },
        page: 1,
        per_page: 10,
    };
    let results = index.search(&request).unwrap();
    assert_eq!(results.hits.len(), 1);
    let km = results.hits[0].distance_km.unwrap();
    assert!((1.6..2.0).contains(&km), "{km}");

    let accredited = Filters {
        accredited: true,
        ..Default::default()
    };
    assert_eq!(
        search_with(&index, "immigration", "en", accredited),
        ["legal-clinic"]
    );
    // A candidate set chosen elsewhere (the services of one organization): only those.
    let id_of = |q: &str, slug: &str| {
        index
            .search(&SearchRequest {
                query: q.into(),
                locales: vec!["en".into()],
                page: 1,
                per_page: 10,
                ..Default::default()
            })
            .unwrap()
            .hits
            .iter()
            .find(|h| h.slug.as_str() == slug)
            .unwrap()
            .id
    };
    let clinic = id_of("immigration", "legal-clinic");
    let workshop = id_of("citizenship", "citizenship-workshop");
    let only = |ids: &[Id]| Filters {
        ids: Some(std::sync::Arc::new(ids.iter().copied().collect())),
        ..Default::default()
    };
    assert_eq!(
        search_with(&index, "immigration", "en", only(&[workshop, clinic])),
        ["legal-clinic"]
    );
    assert!(search_with(&index, "immigration", "en", only(&[workshop])).is_empty());
    assert!(search_with(&index, "immigration", "en", only(&[])).is_empty());
    let id_only = Filters {
        topics: vec![Topic::IdCard],
        ..Default::default()
    };
    assert_eq!(search_with(&index, "card", "en", id_only), ["city-id-card"]);
    let open = Filters {
        open_at: Some(Timestamp::now()),
        ..Default::default()
    };
    assert_eq!(
        search_with(&index, "helpline information", "en", open),
        ["helpline"]
    );

    let all = index
        .search(&SearchRequest {
            query: "immigration citizenship card".into(),
            locales: vec!["en".into()],
            page: 1,
            per_page: 10,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(all.total, all.hits.len());
    assert_eq!(all.facets.topic.get("legal-aid"), Some(&1));
    assert_eq!(all.facets.accreditation.get("licensed-attorney"), Some(&1));
}

#[test]
fn one_result_per_record_shown_in_the_readers_language() {
    let index = directory();
    let request = SearchRequest {
        query: "lawyer".into(),
        locales: vec!["es".into(), "en".into()],
        page: 1,
        per_page: 10,
        ..Default::default()
    };
    let results = index.search(&request).unwrap();
    let legal: Vec<_> = results
        .hits
        .iter()
        .filter(|h| h.slug.as_str() == "legal-clinic")
        .collect();
    assert_eq!(legal.len(), 1, "one hit per record, not per locale");
    assert_eq!(legal[0].locale, "es");
    assert!(legal[0].title.contains("Clínica"));

    // A record without the reader's language is shown in the next one of the chain.
    let request = SearchRequest {
        locales: vec!["vi".into(), "en".into()],
        ..request
    };
    let results = index.search(&request).unwrap();
    let legal = results
        .hits
        .iter()
        .find(|h| h.slug.as_str() == "legal-clinic");
    assert_eq!(legal.unwrap().locale, "en");
}

/// After a record's Spanish text changes (its old documents deleted, the new ones in a newer
/// segment), a Spanish reader whose query only the English text matches is shown the new
/// Spanish text, found through the newer segment, not the deleted one.
#[test]
fn a_changed_translation_is_shown_as_changed() {
    let index = SearchIndex::in_memory().unwrap();
    let mut r = record(
        "legal-clinic",
        &[Topic::LegalAid],
        vec![
            text("en", "Immigration lawyer clinic", "Licensed attorneys."),
            text("es", "Clínica de abogados", "Abogados con licencia."),
        ],
    );
    // Another record keeps the first segment alive (a segment whose documents are all deleted
    // is dropped), so the old Spanish document is still there, deleted.
    let other = record(
        "food-pantry",
        &[Topic::Food],
        vec![text("es", "Banco de comida", "Comida gratis.")],
    );
    index.upsert(&r).unwrap();
    index.upsert(&other).unwrap();
    index.commit(0).unwrap();
    r.texts[1] = text("es", "Clínica legal de abogados", "Abogados con licencia.");
    index.upsert(&r).unwrap();
    index.commit(1).unwrap();
    let request = SearchRequest {
        query: "licensed".into(),
        locales: vec!["es".into(), "en".into()],
        page: 1,
        per_page: 10,
        ..Default::default()
    };
    let hits = index.search(&request).unwrap().hits;
    assert_eq!(hits.len(), 1);
    assert_eq!(
        (hits[0].locale.as_str(), hits[0].title.as_str()),
        ("es", "Clínica legal de abogados")
    );
}

#[test]
fn snippets_highlight_the_matched_words() {
    let index = directory();
    let request = SearchRequest {
        query: "naturalizacion".into(),
        locales: vec!["es".into()],
        page: 1,
        per_page: 10,
        ..Default::default()
    };
    let hit = &index.search(&request).unwrap().hits[0];
    assert!(
        hit.snippet.contains("<mark>naturalización</mark>"),
        "{}",
        hit.snippet
    );
}

#[test]
fn deleted_records_disappear() {
    let index = directory();
    let r = record(
        "temporary",
        &[Topic::Food],
        vec![text("en", "Food pantry", "Free groceries")],
    );
    index.upsert(&r).unwrap();
    index.commit(0).unwrap();
    assert_eq!(search(&index, "pantry", "en"), ["temporary"]);
    index.delete(EntityKind::Service, r.meta.id).unwrap();
    index.commit(0).unwrap();
    assert!(search(&index, "pantry", "en").is_empty());
}

#[test]
fn a_filter_follows_a_listings_changed_topics() {
    let index = directory();
    let by_topic = |topic: Topic| {
        search_with(
            &index,
            "pantry",
            "en",
            Filters {
                topics: vec![topic],
                ..Default::default()
            },
        )
    };
    let mut r = record(
        "moving-pantry",
        &[Topic::Food],
        vec![text("en", "Food pantry", "Free groceries every week")],
    );
    index.upsert(&r).unwrap();
    index.commit(0).unwrap();
    // Asked twice: the second answer comes from the filter kept for the segment.
    assert_eq!(by_topic(Topic::Food), ["moving-pantry"]);
    assert_eq!(by_topic(Topic::Food), ["moving-pantry"]);
    assert!(by_topic(Topic::Health).is_empty());
    // An editor moves it to health: the kept filters must not answer for its old topic.
    r.meta.topics = vec![Topic::Health];
    index.upsert(&r).unwrap();
    // Its facts count from the upsert (its text from the commit), kept filters or not.
    assert!(by_topic(Topic::Food).is_empty());
    assert_eq!(by_topic(Topic::Health), ["moving-pantry"]);
    index.commit(0).unwrap();
    assert!(by_topic(Topic::Food).is_empty());
    assert_eq!(by_topic(Topic::Health), ["moving-pantry"]);
    // A filter with no record at all, and the same query unfiltered.
    assert!(by_topic(Topic::Citizenship).is_empty());
    assert_eq!(search(&index, "pantry", "en"), ["moving-pantry"]);

    // The same for `near`, when the pantry moves from San José to Oakland (60 km away).
    let san_jose = GeoPoint::new(37.3382, -121.8863, GeoPrecision::Exact).unwrap();
    let oakland = GeoPoint::new(37.8044, -122.2712, GeoPrecision::Exact).unwrap();
    let near = |point: GeoPoint| {
        search_with(
            &index,
            "pantry",
            "en",
            Filters {
                near: Some((point, 10.0)),
                ..Default::default()
            },
        )
    };
    r.meta.points = vec![san_jose];
    index.upsert(&r).unwrap();
    index.commit(0).unwrap();
    assert_eq!(near(san_jose), ["moving-pantry"]);
    assert!(near(oakland).is_empty());
    r.meta.points = vec![oakland];
    index.upsert(&r).unwrap();
    index.commit(0).unwrap();
    assert!(near(san_jose).is_empty());
    assert_eq!(near(oakland), ["moving-pantry"]);
}

#[test]
fn an_index_on_disk_is_reopened_with_its_records_and_revision() {
    let dir = tempfile::tempdir().unwrap();
    {
        let index = SearchIndex::open_in_dir(dir.path()).unwrap();
        assert_eq!(index.revision(), None, "a new index has no revision");
        index
            .upsert(&record(
                "food-bank",
                &[Topic::Food],
                vec![text("es", "Banco de comida", "Comida gratis")],
            ))
            .unwrap();
        index.commit(42).unwrap();
    }
    let index = SearchIndex::open_in_dir(dir.path()).unwrap();
    assert_eq!(index.revision(), Some(42));
    assert_eq!(index.len(), 1);
    let food = Filters {
        topics: vec![Topic::Food],
        ..Default::default()
    };
    assert_eq!(
        search_with(&index, "comida", "es", food),
        ["food-bank"],
        "filters work after reopening"
    );
    let recreated = {
        drop(index);
        SearchIndex::recreate_in_dir(dir.path()).unwrap()
    };
    assert!(recreated.is_empty());
}

/// Totals for `q` in English over a directory of `clinics` records about a free legal clinic,
/// `translations` about legal translation, and twenty food pantries.
fn total_over(q: &str, clinics: usize, translations: usize) -> usize {
    let index = SearchIndex::in_memory().unwrap();
    for i in 0..20 {
        let r = record(
            &format!("pantry-{i}"),
            &[Topic::Food],
            vec![text("en", "Food pantry", "Groceries every week.")],
        );
        index.upsert(&r).unwrap();
    }
    for i in 0..clinics {
        let r = record(
            &format!("clinic-{i}"),
            &[Topic::LegalAid],
            vec![text(
                "en",
                "Free legal clinic",
                "Advice on immigration cases.",
            )],
        );
        index.upsert(&r).unwrap();
    }
    for i in 0..translations {
        let r = record(
            &format!("translation-{i}"),
            &[],
            vec![text(
                "en",
                "Legal document translation",
                "Certified translators.",
            )],
        );
        index.upsert(&r).unwrap();
    }
    index.commit(1).unwrap();
    let request = SearchRequest {
        query: q.into(),
        locales: vec!["en".into()],
        filters: Filters::default(),
        page: 1,
        per_page: 10,
    };
    index.search(&request).unwrap().total
}

#[test]
fn every_word_must_match_when_enough_records_do() {
    // Twelve clinics match both words: the translation services, matching "legal" only, are
    // not results.
    assert_eq!(total_over("legal clinic", 12, 5), 12);
    // Too few match both: records matching either word are shown (not the pantries).
    assert_eq!(total_over("legal clinic", 3, 5), 8);
}

#[test]
fn a_word_the_directory_never_uses_is_not_required() {
    // "blorf" is in no record, in no form: it does not turn the search into "any word".
    assert_eq!(total_over("legal clinic blorf", 12, 5), 12);
}
