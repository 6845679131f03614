//! `vecino user add`: creates a staff account. The password is read from standard input (its
//! first line) or, on a terminal, from a prompt that does not echo — never from a flag, where
//! it would be kept in the shell's history and shown in the process list. The new account is
//! audited in the same transaction (actor `vecino user add`).

use std::io::{BufRead, IsTerminal};

use anyhow::{Context, bail};
use clap::{Args, Subcommand};
use vecino_core::{Email, Id, LocaleTag, Role, Slug, StaffUser, Timestamp};
use vecino_store::Store;

/// The shortest password `user add` accepts.
pub const MIN_PASSWORD: usize = 12;

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Create a staff account (the first admin, or an editor or translator). Reads the
    /// password from standard input, or prompts for it on a terminal.
    Add(AddArgs),
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The email the person signs in with.
    #[arg(long)]
    email: String,
    /// admin, editor (needs --orgs) or translator (needs --locales).
    #[arg(long)]
    role: String,
    /// The organizations an editor may edit: ids or slugs, comma-separated.
    #[arg(long, value_delimiter = ',')]
    orgs: Vec<String>,
    /// The locales a translator may translate into: BCP 47 tags, comma-separated.
    #[arg(long, value_delimiter = ',')]
    locales: Vec<String>,
}

pub async fn run(store: &Store, command: &UserCommand) -> anyhow::Result<()> {
    match command {
        UserCommand::Add(args) => add(store, args).await,
    }
}

async fn add(store: &Store, args: &AddArgs) -> anyhow::Result<()> {
    let email = Email::parse(&args.email)?;
    let mut organizations = Vec::new();
    for raw in args.orgs.iter().map(|s| s.trim()).filter(|s| !s.is_empty()) {
        let org = match Id::parse(raw) {
            Ok(id) => store.organization(id).await?,
            Err(_) => match Slug::parse(raw) {
                Ok(slug) => store.organization_by_slug(&slug).await?,
                Err(_) => None,
            },
        };
        match org {
            Some(org) => organizations.push(org.id),
            None => bail!("there is no organization {raw:?} (give its id or slug)"),
        }
    }
    let locales = args
        .locales
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .map(LocaleTag::parse)
        .collect::<Result<Vec<_>, _>>()?;
    let role = Role::new(&args.role, organizations, locales)?;
    let user = StaffUser::new(email, role, Timestamp::now())?;
    let password = read_password()?;
    if password.chars().count() < MIN_PASSWORD {
        bail!("the password is too short: use at least {MIN_PASSWORD} characters");
    }
    let hash = tokio::task::spawn_blocking(move || vecino_app::auth::hash_password(&password))
        .await
        .context("hashing the password")??;
    let note = vecino_store::AuditNote::new("vecino user add", Timestamp::now())
        .action("add-user")
        .summary(format!(
            "{}: {}",
            user.email,
            serde_json::to_string(&user.role).unwrap_or_default()
        ));
    store
        .add_staff_user_audited(&user, &hash, &note)
        .await
        .context("creating the account")?;
    println!(
        "Created {} account for {}. Sign in at /admin.",
        user.role.name(),
        user.email
    );
    Ok(())
}

fn read_password() -> anyhow::Result<String> {
    if std::io::stdin().is_terminal() {
        let first = rpassword::prompt_password("Password: ")?;
        let again = rpassword::prompt_password("Password again: ")?;
        if first != again {
            bail!("the passwords differ");
        }
        return Ok(first);
    }
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .context("reading the password from standard input")?;
    Ok(line.trim_end_matches(['\r', '\n']).to_owned())
}
