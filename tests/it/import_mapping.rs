//! `vecino import PATH --mapping FILE.toml` through the real binary: a spreadsheet layout no
//! built-in format reads imports by its mapping alone and is served; `--dry-run` previews the
//! records as they would be stored and writes nothing; a broken mapping is refused with its
//! line before anything is read. All data fictional.

use reqwest::blocking::Client;
use vecino_e2e::{Server, postgres_scratch, run};

const GROUPS: &str = "Group Code,Group,About\n\
G1,Fictional Friends Pantry,A fictional food pantry for tests.\n";

const OFFERINGS: &str = "Row Type,Ref,Group Code,Title,Summary,Street,Town,ST,Tel,Open,Speaks,Who,Bring\n\
Section,S1,,FOOD,,,,,,,,,\n\
Program,P1,G1,Mapped Weekly Groceries,Groceries every week.,100 Example St,Springfield,IL,217-555-0100,Mon-Fri 9:00 AM - 5:00 PM,Spanish / Tagalog,Anyone living in the county,Photo ID; proof of address\n";

const MAPPING: &str = r#"version = 1

[files.groups]
path = "groups.csv"
kind = "organization"
id = "Group Code"
fields = { name = "Group", description = "About" }

[files.places]
path = "offerings.csv"
kind = "location"
id = "Ref"
only = { column = "Row Type", equals = "Program" }
links = { organization = { file = "groups", column = "Group Code" } }
fields = { name = "Title", address_1 = "Street", city = "Town", state = "ST", country = { constant = "US" } }

[files.programs]
path = "offerings.csv"
kind = "service"
id = "Ref"
only = { column = "Row Type", equals = "Program" }
links = { organization = { file = "groups", column = "Group Code" }, location = { file = "places", column = "Ref" } }

[files.programs.fields]
name = "Title"
description = "Summary"
phones = { split = "Tel", on = [";"] }
hours = "Open"
languages = { split = "Speaks", on = [",", "/"] }
eligibility = "Who"
documents = { split = "Bring", on = [";"] }
"#;

fn scenario(env: &[(&str, &str)]) {
    let server = Server::start(env);
    let dir = server.data_dir().join("sheet");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("groups.csv"), GROUPS).unwrap();
    std::fs::write(dir.join("offerings.csv"), OFFERINGS).unwrap();
    let mapping = server.data_dir().join("sheet.toml");
    std::fs::write(&mapping, MAPPING).unwrap();
    let args = |extra: &[&'static str]| {
        let mut a = vec![
            "import".to_owned(),
            dir.to_str().unwrap().to_owned(),
            "--mapping".to_owned(),
            mapping.to_str().unwrap().to_owned(),
            "--source-url".to_owned(),
            "https://sheet.example.org/".to_owned(),
            "--topic".to_owned(),
            "food".to_owned(),
        ];
        a.extend(extra.iter().map(|s| (*s).to_owned()));
        a
    };
    let names = || {
        let body = Client::new()
            .get(server.url("/api/v1/services?per_page=100"))
            .send()
            .unwrap()
            .text()
            .unwrap();
        body.contains("Mapped Weekly Groceries")
    };

    // A dry run previews the record as it would be stored, and writes nothing.
    let dry = args(&["--dry-run"]);
    let (ok, out) = run(
        server.data_dir(),
        &dry.iter().map(String::as_str).collect::<Vec<_>>(),
        env,
    );
    assert!(ok, "{out}");
    assert!(out.contains("1. Mapped Weekly Groceries"), "{out}");
    assert!(
        out.contains("organization: Fictional Friends Pantry"),
        "{out}"
    );
    assert!(out.contains("phones: 217-555-0100"), "{out}");
    assert!(out.contains("Monday 09:00-17:00"), "{out}");
    assert!(out.contains("languages: es, tl"), "{out}");
    assert!(
        out.contains("documents: Photo ID, proof of address"),
        "{out}"
    );
    assert!(out.contains("Dry run: nothing written."), "{out}");
    assert!(!names(), "a dry run writes nothing");

    // The import writes the organization and its one program (not the section row).
    let real = args(&[]);
    let (ok, out) = run(
        server.data_dir(),
        &real.iter().map(String::as_str).collect::<Vec<_>>(),
        env,
    );
    assert!(ok, "{out}");
    assert!(
        out.contains("Imported in one transaction: 2 records written"),
        "{out}"
    );
    assert!(names(), "the imported program is served: {out}");

    // A mapping with a typo is refused at its line, before anything is read or written.
    let broken = MAPPING.replace("eligibility = \"Who\"", "eligibilty = \"Who\"");
    let line = broken
        .lines()
        .position(|l| l.contains("eligibilty"))
        .unwrap()
        + 1;
    std::fs::write(&mapping, &broken).unwrap();
    let (ok, out) = run(
        server.data_dir(),
        &real.iter().map(String::as_str).collect::<Vec<_>>(),
        env,
    );
    assert!(!ok, "{out}");
    assert!(
        out.contains(&format!("line {line}: unknown field \"eligibilty\"")),
        "{out}"
    );
    server.stop();
}

#[test]
fn a_new_spreadsheet_imports_by_a_mapping_file_through_the_binary() {
    scenario(&[]);
}

#[test]
fn a_new_spreadsheet_imports_by_a_mapping_file_into_postgres() {
    let Some(db) = postgres_scratch("import_mapping") else {
        return;
    };
    scenario(&[("VECINO_DATABASE_URL", &db.url)]);
}
