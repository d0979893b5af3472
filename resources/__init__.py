"""Bundled resources (fonts, compiled translations), installed as the package community_desk.resources."""
