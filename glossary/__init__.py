"""The glossary engine: terms, storage, matching and YAML. Knows nothing about chat."""
