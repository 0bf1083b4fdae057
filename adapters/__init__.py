"""Thin translations between chat platforms (and the terminal) and the `bot` core.

One sub-package per front door: slack/, teams/, cli/ (the terminal) and server/ (the process).
What Slack and Teams share sits at this level, named for what it does: downloads.py (size-capped
file downloads) and digest_send.py (posting the weekly digest to both platforms).
"""
