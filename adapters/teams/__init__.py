"""Microsoft Teams: the CloudAdapter endpoint, activity handler, proactive sends, invokes, cards, app package.

The only package that imports botbuilder (tests/test_architecture.py checks it).
"""
