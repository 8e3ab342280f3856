"""``/sitemap.xml``: the public pages, organisations and campaigns."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from activiteiten.models import Campaign
from sociale_kaart.models import Organization


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
        ]

    def location(self, item: str) -> str:
        return reverse(item)


class OrganizationSitemap(Sitemap):
    """Published organisations on the sociale kaart."""

    def items(self):
        return Organization.objects.published().only("slug", "updated_at")

    def lastmod(self, item: Organization):
        return item.updated_at


class CampaignSitemap(Sitemap):
    def items(self):
        return Campaign.objects.only("slug")


SITEMAPS = {
    "pages": PublicPageSitemap,
    "organisaties": OrganizationSitemap,
    "campagnes": CampaignSitemap,
}
