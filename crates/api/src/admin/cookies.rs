//! Staff cookies: the session cookie and the sign-in form's anti-forgery cookie, both under
//! `Path=/admin` only, HttpOnly and SameSite=Strict. Residents' pages never receive or set them.

/// The session cookie's name. Both cookies live under `Path=/admin` only: residents' pages
/// never receive or set them.
pub const SESSION_COOKIE: &str = "vecino_session";
/// The sign-in form's own anti-forgery cookie (before there is a session).
pub const LOGIN_COOKIE: &str = "vecino_login";

/// A `Set-Cookie` value: HttpOnly, SameSite=Strict, Path=/admin, and Secure over https.
pub fn cookie(name: &str, value: &str, max_age_secs: i64, secure: bool) -> String {
    format!(
        "{name}={value}; Path=/admin; Max-Age={max_age_secs}; HttpOnly; SameSite=Strict{}",
        if secure { "; Secure" } else { "" }
    )
}

/// The value of cookie `name` in a `Cookie` header.
pub fn read_cookie<'a>(header: &'a str, name: &str) -> Option<&'a str> {
    header.split(';').find_map(|pair| {
        let (k, v) = pair.trim().split_once('=')?;
        (k == name).then_some(v)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookies_are_read_by_name_and_set_with_every_flag() {
        assert_eq!(
            read_cookie("a=1; vecino_session=xyz; b=2", SESSION_COOKIE),
            Some("xyz")
        );
        assert_eq!(read_cookie("vecino_sessionx=1", SESSION_COOKIE), None);
        let c = cookie(SESSION_COOKIE, "t", 60, true);
        for flag in ["Path=/admin", "HttpOnly", "SameSite=Strict", "Secure"] {
            assert!(c.contains(flag), "{c}");
        }
        assert!(!cookie(SESSION_COOKIE, "t", 60, false).contains("Secure"));
    }
}
