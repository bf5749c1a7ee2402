from enum import StrEnum


class QuoteKind(StrEnum):
    DIRECT = "direct"
    PARTIAL = "partial"
    SCARE_QUOTE = "scare_quote"
    TERM = "term"
    TRANSLATED = "translated"

    def __str__(self) -> str:
        return str(self.value)
