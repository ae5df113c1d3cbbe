"""General police verification: the same check of the applicant's CNIC as the character certificate."""

from app.counter.hooks.character_certificate import check, verify

__all__ = ["check", "verify"]
