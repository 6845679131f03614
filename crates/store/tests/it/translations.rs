//! Translation queues: counts and lists agree, and a translation goes stale with its source,
//! a service's eligibility, documents and other detail texts as its name and description.

use vecino_core::{
    EntityKind, Known, LocaleTag, Provenance, PublicCharge, RequiredDocument, Source, TextField,
    TextState, Topic, content_hash, human_translation, mark_reviewed,
};
use vecino_store::seed::SeedMode;
use vecino_store::{Batch, Page, TRANSLATED_KINDS, TextWrite, TranslationQuery};

use crate::backends::each_backend;
use crate::records::{organization, service, text};

fn tag(s: &str) -> LocaleTag {
    LocaleTag::parse(s).unwrap()
}

fn query(locale: &str, state: Option<TextState>, kind: Option<EntityKind>) -> TranslationQuery {
    TranslationQuery {
        locale: tag(locale),
        state,
        kind,
    }
}

#[tokio::test]
async fn counts_and_lists_agree_and_page_across_chunks() {
    each_backend(|t| async move {
        let s = &t.store;
        s.seed(SeedMode::AddMissing).await.unwrap();
        // More services than one chunk of the scan (500 rows), all written only in English.
        let org = organization("many-services");
        let many: Vec<_> = (0..1_050)
            .map(|i| service(&format!("svc-{i:04}"), &org, &[Topic::Health]))
            .collect();
        s.write_batch(
            Batch {
                organizations: std::slice::from_ref(&org),
                services: &many,
                ..Batch::default()
            },
            &|_, _| {},
        )
        .await
        .unwrap();

        let all = s
            .translation_counts(&[tag("vi"), tag("es")], true)
            .await
            .unwrap();
        assert!(all.contains_key(&tag("zh-Hant")), "every used locale");
        for locale in ["vi", "es"] {
            let counts = all[&tag(locale)];
            let listed = s
                .translation_list(&query(locale, None, None), Page::new(1, 10))
                .await
                .unwrap();
            assert_eq!(listed.counts, counts, "{locale} ({})", t.name);
            for kind in TRANSLATED_KINDS {
                for state in TextState::ALL {
                    let one = s
                        .translation_list(&query(locale, Some(state), Some(kind)), Page::new(1, 1))
                        .await
                        .unwrap();
                    assert_eq!(one.items.total, counts.get(kind, state), "{locale}");
                }
            }
        }
        let vi = all[&tag("vi")];
        // Each generated service lacks a Vietnamese name and description.
        assert!(vi.get(EntityKind::Service, TextState::Missing) >= 2 * 1_050);
        assert!(vi.get(EntityKind::Guide, TextState::Machine) > 0);

        // Paging: every missing service text exactly once, in order, across pages of 100.
        let q = query("vi", Some(TextState::Missing), Some(EntityKind::Service));
        let mut seen = Vec::new();
        let mut page = 1;
        loop {
            let got = s.translation_list(&q, Page::new(page, 100)).await.unwrap();
            if got.items.items.is_empty() {
                break;
            }
            seen.extend(got.items.items.into_iter().map(|i| (i.slug, i.field)));
            page += 1;
        }
        assert_eq!(
            seen.len() as u64,
            vi.get(EntityKind::Service, TextState::Missing)
        );
        let mut sorted = seen.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), seen.len(), "no text twice ({})", t.name);
    })
    .await;
}

#[tokio::test]
async fn a_translation_goes_stale_when_its_source_changes_and_keeps_the_old_source() {
    each_backend(|t| async move {
        let s = &t.store;
        let org = organization("somewhere");
        s.put_organization(&org).await.unwrap();
        let mut svc = service("legal-clinic", &org, &[Topic::LegalAid]);
        s.put_service(&svc).await.unwrap();
        let (kind, field, vi) = (EntityKind::Service, TextField::Description, tag("vi"));
        let day = jiff::civil::date(2026, 11, 28);
        let seen = content_hash("What it does.");

        // A form made from another source is refused and writes nothing.
        let head = s.head_revision().await.unwrap();
        let refused = s
            .write_translation(kind, svc.id, field, "not the hash", None, |text| {
                human_translation(text, vi.clone(), "Làm gì.", "t@example.org", day)
            })
            .await
            .unwrap();
        assert_eq!(refused, TextWrite::SourceChanged);
        assert_eq!(s.head_revision().await.unwrap(), head);

        let saved = s
            .write_translation(kind, svc.id, field, &seen, None, |text| {
                human_translation(text, vi.clone(), "Làm gì.", "t@example.org", day)
            })
            .await
            .unwrap();
        let TextWrite::Saved(revision) = saved else {
            panic!("{saved:?}")
        };
        let changes = s.changes_since(head, 10).await.unwrap();
        assert_eq!(changes.len(), 1, "one change in the feed ({})", t.name);
        assert_eq!((changes[0].revision, changes[0].id), (revision, svc.id));
        let again = s
            .write_translation(kind, svc.id, field, &seen, None, |text| {
                human_translation(text, vi.clone(), "Làm gì.", "t@example.org", day)
            })
            .await
            .unwrap();
        assert_eq!(again, TextWrite::Unchanged);

        let q = query("vi", Some(TextState::Stale), None);
        assert_eq!(
            s.translation_list(&q, Page::new(1, 10))
                .await
                .unwrap()
                .items
                .total,
            0
        );
        svc = s.service(svc.id).await.unwrap().unwrap();
        svc.description
            .set_source("What it does, on Saturdays.")
            .unwrap();
        s.put_service(&svc).await.unwrap();
        let stale = s.translation_list(&q, Page::new(1, 10)).await.unwrap();
        assert_eq!(stale.items.total, 1, "{}", t.name);
        let item = &stale.items.items[0];
        assert_eq!((item.id, item.field), (svc.id, field));
        let old_hash = item.text.get("vi").unwrap().source_hash.clone().unwrap();
        let (old, _) = s.translation_source(&old_hash).await.unwrap().unwrap();
        assert_eq!(old, "What it does.");

        // Reviewing it against the new source makes it current again.
        let new_hash = content_hash("What it does, on Saturdays.");
        let reviewed = s
            .write_translation(kind, svc.id, field, &new_hash, None, |text| {
                mark_reviewed(text, &vi, "r@example.org", day)
            })
            .await
            .unwrap();
        assert!(matches!(reviewed, TextWrite::Saved(_)));
        assert_eq!(
            s.translation_list(&q, Page::new(1, 10))
                .await
                .unwrap()
                .items
                .total,
            0
        );
        let one = s.translatable(kind, svc.id, field).await.unwrap().unwrap();
        let vi_text = one.text.get("vi").unwrap();
        assert_eq!(vi_text.text, "Làm gì.");
        assert_eq!(vi_text.reviewer.as_deref(), Some("r@example.org"));
        // An organization without a description has no such text.
        assert!(
            s.translatable(EntityKind::Organization, org.id, TextField::Description)
                .await
                .unwrap()
                .is_none()
        );
    })
    .await;
}

/// The texts of `slug` listed for `locale` in `state`, by field, with their source text.
async fn listed_fields(
    s: &vecino_store::Store,
    locale: &str,
    state: TextState,
    slug: &str,
) -> Vec<(TextField, String)> {
    let q = query(locale, Some(state), Some(EntityKind::Service));
    s.translation_list(&q, Page::new(1, 100))
        .await
        .unwrap()
        .items
        .items
        .into_iter()
        .filter(|i| i.slug == slug)
        .map(|i| (i.field, i.text.source_text().to_owned()))
        .collect()
}

#[tokio::test]
async fn eligibility_and_documents_are_translated_with_provenance_and_go_stale() {
    each_backend(|t| async move {
        let s = &t.store;
        let org = organization("clinic-org");
        s.put_organization(&org).await.unwrap();
        let mut svc = service("county-clinic", &org, &[Topic::Health]);
        svc.details.eligibility = Some(text("Adults in the county."));
        svc.details.documents = ["Photo ID", "Proof of address"]
            .into_iter()
            .map(|d| RequiredDocument {
                document: text(d),
                uri: None,
            })
            .collect();
        svc.safety.public_charge = Some(Known {
            value: PublicCharge::NotConsidered,
            source: Source::new("Example FAQ", "https://example.org/faq").unwrap(),
            checked: jiff::civil::date(2026, 11, 1),
        });
        svc.safety.public_charge_note = Some(text("Using the clinic is not counted."));
        s.put_service(&svc).await.unwrap();
        let (kind, es) = (EntityKind::Service, tag("es"));
        let day = jiff::civil::date(2026, 12, 1);

        // Only the texts the service has are offered, in editor order; no fees, no alert.
        let missing = listed_fields(s, "es", TextState::Missing, "county-clinic").await;
        let fields: Vec<TextField> = missing.iter().map(|(f, _)| *f).collect();
        assert_eq!(
            fields,
            [
                TextField::Name,
                TextField::Description,
                TextField::Eligibility,
                TextField::Document(0),
                TextField::Document(1),
                TextField::PublicChargeNote,
            ],
            "{}",
            t.name
        );
        assert_eq!(missing[4].1, "Proof of address");
        let counts = s
            .translation_counts(std::slice::from_ref(&es), false)
            .await
            .unwrap()[&es];
        assert_eq!(counts.get(kind, TextState::Missing), 6, "{}", t.name);
        assert!(
            s.translatable(kind, svc.id, TextField::Fees)
                .await
                .unwrap()
                .is_none(),
            "no fees to translate"
        );

        // A person's Spanish eligibility and second document: stored with provenance.
        let head = s.head_revision().await.unwrap();
        for (field, source, spanish) in [
            (
                TextField::Eligibility,
                "Adults in the county.",
                "Adultos del condado.",
            ),
            (
                TextField::Document(1),
                "Proof of address",
                "Comprobante de domicilio",
            ),
        ] {
            let saved = s
                .write_translation(kind, svc.id, field, &content_hash(source), None, |text| {
                    human_translation(text, es.clone(), spanish, "t@example.org", day)
                })
                .await
                .unwrap();
            assert!(matches!(saved, TextWrite::Saved(_)), "{saved:?}");
        }
        assert_eq!(
            s.changes_since(head, 10).await.unwrap().len(),
            2,
            "in the feed"
        );
        let stored = s.service(svc.id).await.unwrap().unwrap();
        let eligibility = stored
            .details
            .eligibility
            .as_ref()
            .unwrap()
            .get("es")
            .unwrap();
        assert_eq!(eligibility.text, "Adultos del condado.");
        assert_eq!(eligibility.provenance, Provenance::Human);
        assert_eq!(eligibility.reviewer.as_deref(), Some("t@example.org"));
        assert_eq!(eligibility.reviewed_at, Some(day));
        assert_eq!(
            eligibility.source_hash.as_deref(),
            Some(content_hash("Adults in the county.").as_str())
        );
        let docs = &stored.details.documents;
        assert!(
            docs[0].document.get("es").is_none(),
            "only the one translated"
        );
        assert_eq!(
            docs[1].document.get("es").unwrap().text,
            "Comprobante de domicilio"
        );
        let human = listed_fields(s, "es", TextState::Human, "county-clinic").await;
        assert_eq!(
            human.iter().map(|(f, _)| *f).collect::<Vec<_>>(),
            [TextField::Eligibility, TextField::Document(1)],
            "{}",
            t.name
        );

        // The documents are reordered: the translation follows its document, and a form made
        // for the old second document is not saved over the one now in its place.
        let mut svc = stored;
        svc.details.documents.swap(0, 1);
        s.put_service(&svc).await.unwrap();
        let first = s
            .translatable(kind, svc.id, TextField::Document(0))
            .await
            .unwrap()
            .unwrap();
        assert_eq!(first.text.source_text(), "Proof of address");
        assert_eq!(
            TextState::of(&first.text, &es),
            Some(TextState::Human),
            "{}",
            t.name
        );
        let late = s
            .write_translation(
                kind,
                svc.id,
                TextField::Document(1),
                &content_hash("Proof of address"),
                None,
                |text| human_translation(text, es.clone(), "Otro", "t@example.org", day),
            )
            .await
            .unwrap();
        assert_eq!(late, TextWrite::SourceChanged);

        // Their English sources change: exactly those two texts are stale in Spanish, and the
        // old sources were kept for the translator.
        assert!(
            listed_fields(s, "es", TextState::Stale, "county-clinic")
                .await
                .is_empty()
        );
        let svc_id = svc.id;
        let mut svc = s.service(svc_id).await.unwrap().unwrap();
        svc.details
            .eligibility
            .as_mut()
            .unwrap()
            .set_source("Adults in the county, whatever their status.")
            .unwrap();
        svc.details.documents[0]
            .document
            .set_source("Proof of address (any bill)")
            .unwrap();
        s.put_service(&svc).await.unwrap();
        let stale = listed_fields(s, "es", TextState::Stale, "county-clinic").await;
        assert_eq!(
            stale,
            [
                (
                    TextField::Eligibility,
                    "Adults in the county, whatever their status.".to_owned()
                ),
                (
                    TextField::Document(0),
                    "Proof of address (any bill)".to_owned()
                ),
            ],
            "{}",
            t.name
        );
        let counts = s
            .translation_counts(std::slice::from_ref(&es), false)
            .await
            .unwrap()[&es];
        assert_eq!(counts.get(kind, TextState::Stale), 2);
        assert_eq!(counts.get(kind, TextState::Human), 0);
        let (old, _) = s
            .translation_source(&content_hash("Proof of address"))
            .await
            .unwrap()
            .unwrap();
        assert_eq!(old, "Proof of address");
    })
    .await;
}
