"""Thin translations between chat platforms (and the terminal) and the `bot` core."""
