"""Unit tests of the runtime layer (respx, controlled clock)."""
