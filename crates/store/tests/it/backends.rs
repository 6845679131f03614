//! `TestStore`: a migrated, empty store on SQLite (and PostgreSQL when set); never a shared one.

use std::future::Future;

use sea_orm::{ConnectionTrait, Database};
use vecino_store::Store;

/// A migrated, empty store on one backend, removed again when dropped (PostgreSQL) or with
/// its temporary directory (SQLite).
pub struct TestStore {
    pub store: Store,
    pub name: &'static str,
    _dir: Option<tempfile::TempDir>,
    drop_db: Option<(String, String)>,
}

impl Drop for TestStore {
    fn drop(&mut self) {
        let Some((admin_url, db)) = self.drop_db.take() else {
            return;
        };
        // Best effort: a leftover scratch database is harmless and named for what it is.
        std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            rt.block_on(async {
                if let Ok(admin) = Database::connect(&admin_url).await {
                    let _ = admin
                        .execute_unprepared(&format!(
                            "DROP DATABASE IF EXISTS \"{db}\" WITH (FORCE)"
                        ))
                        .await;
                }
            });
        })
        .join()
        .ok();
    }
}

async fn sqlite() -> TestStore {
    let dir = tempfile::tempdir().unwrap();
    let url = format!(
        "sqlite://{}?mode=rwc",
        dir.path().join("vecino.db").display()
    );
    let store = Store::connect(&url).await.unwrap();
    store.migrate().await.unwrap();
    TestStore {
        store,
        name: "sqlite",
        _dir: Some(dir),
        drop_db: None,
    }
}

async fn postgres(admin_url: &str) -> TestStore {
    let db = format!("vecino_test_{}", uuid_like());
    let admin = Database::connect(admin_url)
        .await
        .expect("connect to VECINO_TEST_POSTGRES_URL");
    admin
        .execute_unprepared(&format!("CREATE DATABASE \"{db}\""))
        .await
        .unwrap();
    admin.close().await.unwrap();
    let url = replace_database(admin_url, &db);
    let store = Store::connect(&url).await.unwrap();
    store.migrate().await.unwrap();
    TestStore {
        store,
        name: "postgres",
        _dir: None,
        drop_db: Some((admin_url.to_owned(), db)),
    }
}

fn uuid_like() -> String {
    use std::time::{SystemTime, UNIX_EPOCH};
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    format!("{}_{nanos:x}", std::process::id())
}

/// `postgres://u@h:5432/test?x` with the database name replaced.
pub fn replace_database(url: &str, db: &str) -> String {
    let (base, query) = url
        .split_once('?')
        .map_or((url, None), |(b, q)| (b, Some(q)));
    let scheme_end = base.find("://").map_or(0, |i| i + 3);
    let path_start = base[scheme_end..].find('/').map(|i| i + scheme_end);
    let host = path_start.map_or(base, |i| &base[..i]);
    match query {
        Some(q) => format!("{host}/{db}?{q}"),
        None => format!("{host}/{db}"),
    }
}

/// Runs `test` on every configured backend, naming the backend when it fails.
pub async fn each_backend<F, Fut>(test: F)
where
    F: Fn(TestStore) -> Fut,
    Fut: Future<Output = ()>,
{
    test(sqlite().await).await;
    if let Some(url) = vecino_e2e::postgres_url("the store tests") {
        test(postgres(&url).await).await;
    }
}

#[test]
fn database_names_are_replaced_in_urls() {
    assert_eq!(
        replace_database("postgres://postgres@127.0.0.1:5432/test", "x"),
        "postgres://postgres@127.0.0.1:5432/x"
    );
    assert_eq!(
        replace_database(
            "postgres://postgres@127.0.0.1:5432/test?sslmode=disable",
            "x"
        ),
        "postgres://postgres@127.0.0.1:5432/x?sslmode=disable"
    );
    assert_eq!(
        replace_database("postgres://127.0.0.1", "x"),
        "postgres://127.0.0.1/x"
    );
}
