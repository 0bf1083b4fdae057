"""The conversation: platform-free messages in, platform-free replies out."""
