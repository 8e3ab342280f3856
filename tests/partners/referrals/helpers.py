"""Helpers of the referral handling tests."""

LIST = "/partner/doorverwijzingen/"


def detail(referral) -> str:
    return f"/partner/doorverwijzingen/{referral.pk}/"


def _unchanged(referral) -> bool:
    status, report_status = referral.status, referral.report.status
    referral.refresh_from_db()
    referral.report.refresh_from_db()
    return referral.status == status and referral.report.status == report_status


def _knows(html: str) -> str:
    """The text after "Weet van de melding" on the referral page."""
    part = html.split("Weet van de melding</dt>")[1].split("</dd>")[0]
    return " ".join(part.replace("<dd>", "").split())
