"""The content words of a sentence are kept per sentence (issue 14): a kept
answer must be the answer, and a caller changing its list must not change
what the next caller gets."""

from workbench import text


def test_kept_words_are_the_words():
    sentences = [
        "The 3,500 workers at the plant walked out on Tuesday.",
        "Officials said the U.S. would send 1.5 million doses.",
        "She's leaving; they're staying — nobody's sure why.",
        "“No.",
        "",
    ]
    for s in sentences:
        first = text.content_tokens(s)
        again = text.content_tokens(s)
        assert first == again == list(text._content_tokens.__wrapped__(s))


def test_a_callers_list_is_its_own():
    s = "Rescuers pulled 12 survivors from the collapsed building."
    words = text.content_tokens(s)
    expected = list(words)
    words.append("changed")
    words[0] = "x"
    assert text.content_tokens(s) == expected
    assert text.content_tokens(s) is not text.content_tokens(s)
