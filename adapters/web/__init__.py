"""The read-only web glossary under /glossary: index and search, term pages, the shared dashboard."""
