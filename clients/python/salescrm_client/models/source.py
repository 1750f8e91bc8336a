from enum import StrEnum


class Source(StrEnum):
    ADVERTISING = "advertising"
    COLD_CALL = "cold_call"
    EVENT = "event"
    EXHIBITION = "exhibition"
    OTHER = "other"
    PARTNER = "partner"
    REFERRAL = "referral"
    SOCIAL_MEDIA = "social_media"
    WEBSITE = "website"

    def __str__(self) -> str:
        return str(self.value)
