"""Bundled data: the source registry and its licences."""
