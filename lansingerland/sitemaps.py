"""``/sitemap.xml``: the public pages, organisations, offers, campaigns and
activities (the pages that carry schema.org structured data)."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse
from django.utils import timezone

from activiteiten.models import Activity, Campaign
from sociale_kaart.models import Organization, Service


class PublicPageSitemap(Sitemap):
    """The fixed pages every visitor can reach from the menu and footer."""

    def items(self) -> list[str]:
        return [
            "home",
            "meldpunt:report_create",
            "sociale_kaart:organization_list",
            "activiteiten:campaign_list",
            "manifesto",
            "privacy",
            "accessibility",
            "sociale_kaart:open_data",
        ]

    def location(self, item: str) -> str:
        return reverse(item)


class OrganizationSitemap(Sitemap):
    """Published organisations on the sociale kaart."""

    def items(self):
        return Organization.objects.published().only("slug", "updated_at")

    def lastmod(self, item: Organization):
        return item.updated_at


class ServiceSitemap(Sitemap):
    """Published offers (schema.org Service)."""

    def items(self):
        return Service.objects.published().only("slug", "updated_at").order_by("pk")

    def lastmod(self, item: Service):
        return item.updated_at


class ActivitySitemap(Sitemap):
    """Activities with a date today or later (schema.org Event), local dates."""

    def items(self):
        return (
            Activity.objects.filter(
                occurrences__date__gte=timezone.localdate(),
                occurrences__is_cancelled=False,
            )
            .distinct()
            .only("slug", "updated_at")
            .order_by("pk")
        )

    def lastmod(self, item: Activity):
        return item.updated_at


class CampaignSitemap(Sitemap):
    def items(self):
        return Campaign.objects.only("slug")


SITEMAPS = {
    "pages": PublicPageSitemap,
    "organisaties": OrganizationSitemap,
    "aanbod": ServiceSitemap,
    "campagnes": CampaignSitemap,
    "activiteiten": ActivitySitemap,
}
