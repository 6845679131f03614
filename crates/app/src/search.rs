//! Searching with a bounded number of searches at once: the JSON API, the web pages and the
//! HSDS API all search through [`App::search`]. It never logs the query.

use vecino_search::{SearchRequest, SearchResults};

use crate::{App, Error};

impl App {
    /// Runs a search, at most one per core at a time; the rest wait their turn without holding
    /// a thread.
    ///
    /// It runs on the runtime's own worker thread, not the blocking pool: a search takes about
    /// a millisecond, and with no more searches at once than cores a worker busy with one holds
    /// a core the search would have used anyway (docs/benchmarks.md has the measurement).
    pub async fn search(&self, request: &SearchRequest) -> Result<SearchResults, Error> {
        let _permit = self.searches.acquire().await.map_err(|_| Error::Busy)?;
        Ok(self.search.search(request)?)
    }
}
