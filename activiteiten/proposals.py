"""Writes of the proposals anyone can send: receive, approve, reject.

Nothing of a proposal is public until a coordinator approves it; approval makes
an ``Activity`` through ``services.activity_save`` (so the programme, the feeds
and the print follow at once) and can invite the proposer to the partner area.
The proposer hears the outcome by mail, after commit, with replies going to the
coalition's mailbox.
"""

import datetime

from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from lansingerland.constants import Kern
from lansingerland.mail import mail_queue
from lansingerland.slugs import unique_slug
from sociale_kaart.models import Organization

from .constants import ProposalRepeat, ProposalStatus
from .models import Activity, ActivityProposal, Campaign
from .services import activity_save, weekly_rule

#: What a proposer may type as the cost of a free activity.
_FREE_WORDS = {"gratis", "kosteloos", "gratis toegang", "geen kosten", "€ 0", "€0"}


def proposal_submit(*, proposal: ActivityProposal) -> ActivityProposal:
    """Store a new proposal (status new) from the public form.

    ``proposal`` is an unsaved ``ActivityProposal`` filled in by the form. A
    proposal sent a second time with the same ``submission_token`` is not
    stored again: the first one is returned. After commit the coordinators
    get a mail with the admin link. Raises ValidationError when it breaks a
    model rule.
    """
    proposal.status = ProposalStatus.NEW
    proposal.full_clean(exclude=["submission_token"])
    # A resend of the same form: the first one is the proposal.
    if proposal.submission_token:
        earlier = ActivityProposal.objects.filter(
            submission_token=proposal.submission_token
        ).first()
        if earlier:
            return earlier
    try:
        with transaction.atomic():
            proposal.save()
    except IntegrityError:
        return ActivityProposal.objects.get(submission_token=proposal.submission_token)
    transaction.on_commit(lambda: proposal_mail_coordinators(proposal_id=proposal.pk))
    return proposal


def proposal_mail_coordinators(*, proposal_id: int) -> None:
    """Tell the coordinators (the partner digest's recipients) a proposal waits,
    with the admin link: title and date only, no contact details."""
    from partners.services.digest import digest_recipients

    proposal = ActivityProposal.objects.get(pk=proposal_id)
    url = settings.SITE_URL.rstrip("/") + reverse(
        "admin:activiteiten_activityproposal_change", args=[proposal.pk]
    )
    body = render_to_string(
        "activiteiten/mail/proposal_new_coordinators.txt",
        {"proposal": proposal, "url": url},
    )
    mail_queue(
        recipients=digest_recipients(),
        subject=_("Nieuw voorstel voor een activiteit: %(title)s")
        % {"title": proposal.title},
        body=body,
    )


def _campaigns_with_a_date(activity: Activity, today: datetime.date) -> list[Campaign]:
    """Campaigns not yet over in which the (unsaved) activity has a date."""
    horizon = activity.start_date + datetime.timedelta(days=400)
    last = max(local.date() for local in activity.local_starts(horizon))
    chosen = []
    for campaign in Campaign.objects.filter(
        end_date__gte=max(today, activity.start_date), start_date__lte=last
    ):
        try:
            activity.validate_campaigns([campaign])
        except ValidationError:
            continue
        chosen.append(campaign)
    return chosen


def _activity_from(proposal: ActivityProposal) -> Activity:
    cost = proposal.cost.strip()
    is_free = cost.casefold() in _FREE_WORDS
    recurrence = ""
    if proposal.repeat == ProposalRepeat.WEEKLY and proposal.repeat_until:
        recurrence = weekly_rule(
            weekday=proposal.start_date.isoweekday(), until=proposal.repeat_until
        )
    return Activity(
        title=proposal.title,
        slug=unique_slug(Activity, proposal.title, fallback="activiteit"),
        description=proposal.description,
        organizer_name=proposal.organizer_name.strip(),
        address=proposal.address.strip() or str(Kern(proposal.kern).label),
        kern=proposal.kern,
        target_group=proposal.target_group,
        is_free=is_free,
        cost="" if is_free else cost,
        registration=proposal.registration,
        registration_contact=proposal.registration_contact,
        start_date=proposal.start_date,
        start_time=proposal.start_time,
        end_time=proposal.end_time,
        recurrence=recurrence,
    )


def _lock_new(proposal: ActivityProposal) -> ActivityProposal:
    proposal = ActivityProposal.objects.select_for_update().get(pk=proposal.pk)
    if proposal.status != ProposalStatus.NEW:
        raise ValidationError(
            _("Over dit voorstel is al besloten."), code="already_decided"
        )
    return proposal


@transaction.atomic
def proposal_approve(
    *,
    proposal: ActivityProposal,
    organization: Organization | None,
    user: AbstractBaseUser,
    invite: bool = False,
    today: datetime.date | None = None,
) -> Activity:
    """Publish a proposal as an activity organised by the proposer's
    ``organizer_name``, linked to ``organization`` on the sociale kaart when
    one is chosen (optional).

    The activity joins every campaign that is not over in which it has a
    date (``today`` a local date, default today), its dates are stored, and
    the proposer gets a mail with its address. ``invite`` also invites the
    proposer (``contact_email``) as editor of ``organization`` in the partner
    area, so it needs an organisation. Raises ValidationError (nothing saved)
    when ``invite`` lacks an organisation, the proposal was decided already,
    or the activity breaks a rule of ``Activity`` (a coordinator corrects the
    proposal first).
    """
    from partners.services import membership_invite

    proposal = _lock_new(proposal)
    if invite and organization is None:
        raise ValidationError(
            {
                "organization": _(
                    "Kies eerst de organisatie op de sociale kaart waarvoor u de "
                    "indiener uitnodigt, of zet het vinkje bij uitnodigen uit."
                )
            },
            code="no_organization",
        )
    today = today or timezone.localdate()
    activity = _activity_from(proposal)
    activity.full_clean()
    activity = activity_save(
        activity=activity,
        organizations=[organization] if organization else [],
        campaigns=_campaigns_with_a_date(activity, today),
        user=user,
        reason=_("voorstel goedgekeurd"),
    )
    proposal.status = ProposalStatus.APPROVED
    proposal.activity = activity
    proposal.organization = organization
    proposal.decided_by = user
    proposal.decided_at = timezone.now()
    proposal.save()
    if invite:
        membership_invite(
            email=proposal.contact_email,
            organization=organization,
            invited_by=user,
            name=proposal.contact_name,
        )
    transaction.on_commit(lambda: proposal_mail_outcome(proposal_id=proposal.pk))
    return activity


@transaction.atomic
def proposal_reject(
    *, proposal: ActivityProposal, user: AbstractBaseUser, note: str
) -> ActivityProposal:
    """Decline a proposal; ``note`` (required) tells the proposer why, by mail.

    Raises ValidationError when ``note`` is empty or the proposal was decided.
    """
    if not note.strip():
        raise ValidationError(
            {
                "decision_note": _(
                    "Schrijf in het bericht aan de indiener waarom u het voorstel "
                    "afwijst."
                )
            },
            code="no_reason",
        )
    proposal = _lock_new(proposal)
    proposal.status = ProposalStatus.REJECTED
    proposal.decision_note = note.strip()
    proposal.decided_by = user
    proposal.decided_at = timezone.now()
    proposal.save()
    transaction.on_commit(lambda: proposal_mail_outcome(proposal_id=proposal.pk))
    return proposal


def proposal_mail_outcome(*, proposal_id: int) -> None:
    """Mail the proposer the decision (approved with the activity's address, or
    rejected with the coordinator's note), through the mail queue."""
    proposal = ActivityProposal.objects.select_related("activity").get(pk=proposal_id)
    context = {
        "proposal": proposal,
        "coalition_email": settings.COALITION_EMAIL,
        "coalition_phone": settings.COALITION_PHONE,
    }
    if proposal.status == ProposalStatus.APPROVED and proposal.activity:
        context["url"] = settings.SITE_URL.rstrip("/") + reverse(
            "activiteiten:activity_detail", args=[proposal.activity.slug]
        )
        subject = _("Uw activiteit %(title)s staat in de agenda")
        template = "activiteiten/mail/proposal_approved.txt"
    else:
        subject = _("Uw voorstel %(title)s")
        template = "activiteiten/mail/proposal_rejected.txt"
    mail_queue(
        recipients=[proposal.contact_email],
        subject=subject % {"title": proposal.title},
        body=render_to_string(template, context),
    )
