"""What went wrong with a file, in the active language.

``OSError.strerror`` comes from the C library, in English; the usual reasons a trainer meets
are translated here by their error number, and any other reason is shown as the system gave it.
"""

from __future__ import annotations

import errno

from osteo_tui.core.translation import N_, _

__all__ = ["os_reason"]

_REASONS = {
    errno.ENOENT: N_("No such file or directory"),
    errno.EACCES: N_("Permission denied"),
    errno.EPERM: N_("Operation not permitted"),
    errno.EISDIR: N_("Is a directory"),
    errno.ENOTDIR: N_("Not a directory"),
    errno.EEXIST: N_("File exists"),
    errno.ENOSPC: N_("No space left on device"),
    errno.EROFS: N_("Read-only file system"),
    errno.ENAMETOOLONG: N_("File name too long"),
}


def os_reason(error: OSError) -> str:
    """The reason of ``error``: ``Permission denied``, ``Lupa evätty``, ``Adgang nægtet``."""
    reason = _REASONS.get(error.errno or 0)
    if reason is not None:
        return _(reason)
    return error.strerror or str(error)
