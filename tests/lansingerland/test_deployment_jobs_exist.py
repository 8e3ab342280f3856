"""Every periodic job docs/deployment.md tells an operator to schedule exists."""

import re
from pathlib import Path

from django.core.management import get_commands

DEPLOYMENT = Path(__file__).resolve().parents[2] / "docs" / "deployment.md"


def job_table_commands() -> list[str]:
    text = DEPLOYMENT.read_text()
    table = text[text.index("| job | command | when |") :].split("\n\n", 1)[0]
    rows = [line for line in table.splitlines()[2:] if line.startswith("|")]
    commands = []
    for row in rows:
        command_cell = row.split("|")[2]
        found = re.findall(r"manage\.py (\w+)", command_cell)
        assert found, f"job without a manage.py command: {row}"
        commands.extend(found)
    return commands


def test_every_command_in_the_job_table_exists():
    commands = job_table_commands()
    missing = [name for name in commands if name not in get_commands()]
    assert missing == []


def test_the_jobs_a_production_install_needs_are_in_the_table():
    assert {
        "send_queued_mail",
        "cleanup_mail",
        "clearsessions",
        "meldpunt_retention",
        "geocode_locations",
        "partners_send_digest",
        "partners_send_verification_requests",
        "activiteiten_expand_occurrences",
    } <= set(job_table_commands())
