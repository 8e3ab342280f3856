"""Deliver the mail queue every few seconds: the delivery loop of ``make run``.

Production schedules ``send_queued_mail`` instead (docs/deployment.md); this
loop lets a developer see queued mail in the terminal (console backend)
within seconds, from the single ``make run`` command.
"""

import time

from django.core.management.base import BaseCommand
from django.db import close_old_connections
from post_office.mail import send_queued


class Command(BaseCommand):
    help = "Deliver queued mail now, or every --every seconds until stopped."

    def add_arguments(self, parser):
        parser.add_argument(
            "--every",
            type=float,
            default=0,
            help="Seconds between runs; 0 (default) delivers once and stops.",
        )

    def handle(self, *args, every: float, **options):
        while True:
            # post_office logs one summary line when it attempted something
            # (settings.LOGGING, logs.MailQueueSummaryFilter); idle runs are
            # silent, so runserver's output stays readable.
            send_queued(processes=1)
            if not every:
                return
            time.sleep(every)
            # A long-running loop must not keep a connection the database
            # dropped (restart, failover) between runs.
            close_old_connections()
