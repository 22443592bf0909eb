"""Facts in news text, one package per kind: :mod:`.time`, :mod:`.quantity`
and :mod:`.quote`."""
