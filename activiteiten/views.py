"""Public pages of the campaigns."""

from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.views.decorators.http import require_safe

from .models import Campaign


@require_safe
def campaign_list(request):
    """Campaigns split into current, upcoming and past (local date)."""
    today = timezone.localdate()
    return render(
        request,
        "activiteiten/campaign_list.html",
        {
            "current": Campaign.objects.current(today),
            "upcoming": Campaign.objects.upcoming(today),
            "past": Campaign.objects.past(today),
        },
    )


@require_safe
def campaign_detail(request, slug: str):
    campaign = get_object_or_404(Campaign, slug=slug)
    return render(request, "activiteiten/campaign_detail.html", {"campaign": campaign})
