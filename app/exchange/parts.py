"""Splitting an export into numbered parts small enough to send by email.

Mail services commonly refuse attachments over 20–25 MB (and base64 adds a third), so a part holds at
most CAP_BYTES. Parts are independent bundles that import in any order; which member goes where is
decided here by first-fit decreasing, so the number of parts stays close to the smallest possible.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.exchange.manifest import MAX_MEMBERS

CAP_BYTES = 15 * 1024 * 1024
# Per member: a local header (30 bytes) and a central directory entry (46) each repeat the name, and
# the manifest lists it with its size and a 64-digit sha256 (~100 bytes of JSON).
MEMBER_OVERHEAD = 30 + 46 + 100


def member_cost(name: str, size: int) -> int:
    """Bytes a member adds to a part at most: stored as is (compression can only make it smaller), plus bookkeeping."""
    return size + MEMBER_OVERHEAD + 3 * len(name.encode("utf-8"))


def plan_parts(sizes: Sequence[tuple[str, int]], cap: int = CAP_BYTES, fixed: int = 0) -> list[list[str]]:
    """Group member names into parts whose total cost plus `fixed` (the part's own overhead) stays ≤ cap.

    A member that cannot fit even alone gets a part of its own; the caller decides whether to send it.
    Within a part names keep the order they were given in; parts are ordered by their first member.
    """
    order = {name: index for index, (name, _) in enumerate(sizes)}
    if len(order) != len(sizes):
        raise ValueError("member names must be unique")
    room = cap - fixed
    by_cost = sorted(((member_cost(name, size), name) for name, size in sizes), key=lambda item: (-item[0], order[item[1]]))
    parts: list[list[str]] = []
    free: list[int] = []
    for cost, name in by_cost:
        for index, left in enumerate(free):
            if cost <= left and len(parts[index]) < MAX_MEMBERS:
                parts[index].append(name)
                free[index] -= cost
                break
        else:
            parts.append([name])
            free.append(room - cost)
    for part in parts:
        part.sort(key=order.__getitem__)
    parts.sort(key=lambda part: order[part[0]])
    return parts
