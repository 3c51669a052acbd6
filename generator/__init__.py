"""news-digest: turn raw pasted news articles into a MkDocs site."""

__version__ = "0.1.0"
