"""File errors as one plain sentence, and the exit codes the README documents.

`[Errno 21] Is a directory` tells a newcomer little; "cannot write /tmp: it is a folder, not a
file." tells them what to do. Exit codes: 0 done, 1 a file or the database could not be read or
written, 2 wrong usage or a refused YAML file, 130 interrupted (Ctrl-C), 141 the reader of the
output went away (`jargon ask SLA | head -1`), as a Unix tool killed by SIGPIPE reports.
"""

from __future__ import annotations

import errno

EXIT_OK = 0
EXIT_FILE = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141

_REASONS = {
    errno.ENOENT: "it does not exist",
    errno.EISDIR: "it is a folder, not a file",
    errno.ENOTDIR: "a part of the path is a file, not a folder",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.ENOSPC: "the disk is full",
    errno.EROFS: "the file system is read-only",
    errno.EEXIST: "it already exists",
    errno.ENAMETOOLONG: "the name is too long",
}


class FileProblem(Exception):
    """A file the user named cannot be used; the message is the whole sentence."""


def reason(exc: OSError, *, writing: bool = False) -> str:
    """Why, in words: 'it does not exist', 'it is a folder, not a file'..."""
    if writing and exc.errno == errno.ENOENT:
        return "its folder does not exist"
    return _REASONS.get(exc.errno or 0) or (exc.strerror or type(exc).__name__).lower()


def file_problem(exc: OSError, path: object, *, writing: bool = False) -> FileProblem:
    """'cannot read /missing.yaml: it does not exist.'"""
    verb = "write" if writing else "read"
    return FileProblem(f"cannot {verb} {path}: {reason(exc, writing=writing)}.")


def describe(exc: OSError) -> str:
    """Any other file error, still one sentence: '/tmp/x: permission denied.'"""
    where = f"{exc.filename}: " if exc.filename else ""
    return f"{where}{reason(exc)}."
