"""Mail to residents through django-post-office's persistent queue.

The mail is stored in the queue first, then one delivery attempt is made at
once; when the mail server is down it is marked ``requeued`` and
``manage.py send_queued_mail`` (cron) tries again, so nothing is lost. Replies
go to the coalition's public mailbox (``COALITION_EMAIL``).
"""

import logging

from django.conf import settings
from django.utils import timezone
from post_office import mail
from post_office.models import STATUS, Email
from post_office.settings import get_retry_timedelta

logger = logging.getLogger(__name__)


def queue_mail_replying_to_coalition(*, to: str, subject: str, body: str) -> Email:
    """Queue one plain-text mail to ``to`` with Reply-To ``COALITION_EMAIL``.

    ``subject`` is used as typed (newlines folded); ``body`` is plain text.
    Call after the transaction commits. Returns the queued Email.
    """
    email = mail.send(
        recipients=[to],
        sender=settings.DEFAULT_FROM_EMAIL,
        subject=" ".join(subject.split()),
        message=body,
        headers={"Reply-To": settings.COALITION_EMAIL},
        priority="medium",
    )
    email.dispatch()
    if email.status == STATUS.failed:
        # Hand it back to the queue: the cron job tries again later.
        Email.objects.filter(pk=email.pk).update(
            status=STATUS.requeued,
            number_of_retries=1,
            scheduled_time=timezone.now() + get_retry_timedelta(),
        )
        logger.warning("mail %s not delivered; requeued", email.pk)
    return email
