"""A picture's lines are no pence (lead, session 39; eng141 found it on ECB+ dev2
40_ecb): "records 1080p HD video" read "1080p" as 1,080 pence. A figure with a
bare "p" is a video resolution when it is one of the standard line counts and
the words around it speak of pictures (HD, video, resolution, a screen or a
stream). "Shares rose 10p to 720p" stays pence: nothing there is a picture."""

from __future__ import annotations

import re

LINES = frozenset({144, 240, 360, 480, 576, 720, 1080, 1440, 2160, 4320})
_PICTURE = re.compile(
    r"\b(?i:HD|UHD|4K|8K|video|videos|resolution|display|displays|screen|screens|stream\w*"
    r"|camera|cameras|footage|TV|television|fps|frames|monitor|pixels?|playback)\b"
)


def video_lines(text: str, start: int, end: int, value: float) -> bool:
    """Whether the figure ``text[start:end]`` ending in "p" is a picture's lines."""
    if value not in LINES:
        return False
    return bool(_PICTURE.search(text, max(0, start - 40), min(len(text), end + 40)))
