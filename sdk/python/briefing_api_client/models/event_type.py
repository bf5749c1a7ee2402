from enum import StrEnum


class EventType(StrEnum):
    ANNOUNCEMENT = "announcement"
    DEADLINE = "deadline"
    DIPLOMATIC_VISIT = "diplomatic_visit"
    ECONOMIC_DEVELOPMENT = "economic_development"
    INTERVIEW = "interview"
    MEETING = "meeting"
    MILITARY_CAMPAIGN = "military_campaign"
    MILITARY_INCIDENT = "military_incident"
    MILITARY_STRIKE = "military_strike"
    NEGOTIATION = "negotiation"
    PHONE_CALL = "phone_call"
    POLICY_DECISION = "policy_decision"
    POLITICAL_TRANSITION = "political_transition"
    REPORT = "report"
    STATEMENT = "statement"

    def __str__(self) -> str:
        return str(self.value)
