"""Shared shape of the loads of the coalition's real data."""

from dataclasses import dataclass


@dataclass(frozen=True)
class LoadResult:
    """Counts of one data load: records created and records left as they were."""

    created: int
    unchanged: int
