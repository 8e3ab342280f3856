"""The public pages every browser gate (axe, zoom, 320 px) runs on.

Adding a page to the gates is one line in ``PUBLIC_PAGES``. ``path`` is a URL or
a function of ``site_data`` (the real data, see ``conftest.site_data``);
``prepare`` runs after the page has loaded, to reach a state such as a form
with errors.
"""

from collections.abc import Callable
from dataclasses import dataclass
from types import SimpleNamespace

from playwright.sync_api import Page as BrowserPage


@dataclass(frozen=True)
class PublicPage:
    name: str
    path: str | Callable[[SimpleNamespace], str]
    prepare: Callable[[BrowserPage], None] | None = None

    def open(self, page: BrowserPage, site_data: SimpleNamespace) -> None:
        """Load the page in ``page`` and bring it into the state to test."""
        path = self.path if isinstance(self.path, str) else self.path(site_data)
        page.goto(path)
        page.wait_for_load_state("networkidle")
        if self.prepare:
            self.prepare(page)
            page.wait_for_load_state("networkidle")
        assert not page.broken_assets, f"assets failed to load: {page.broken_assets}"


def submit_empty_report(page: BrowserPage) -> None:
    """Send the meldpunt's step 2 without filling it in: the error state."""
    with page.expect_navigation():
        page.get_by_role("button", name="Verder naar controleren").click()


def fill_in_worry(page: BrowserPage) -> None:
    """Fill in a worry about someone and go to the review step."""
    page.get_by_label("Uw bericht").fill("Mijn buurman komt nooit meer buiten.")
    page.get_by_label("Ik ga akkoord met de privacyverklaring.").check()
    with page.expect_navigation():
        page.get_by_role("button", name="Verder naar controleren").click()


def submit_valid_report(page: BrowserPage) -> None:
    """Send a complete meldpunt report: lands on the confirmation page."""
    fill_in_worry(page)
    with page.expect_navigation():
        page.get_by_role("button", name="Melding versturen").click()


def submit_empty_proposal(page: BrowserPage) -> None:
    """Send the activity proposal form without filling it in: the error state."""
    with page.expect_navigation():
        page.get_by_role("button", name="Voorstel versturen").click()


PUBLIC_PAGES = [
    PublicPage("home", "/"),
    PublicPage("meldpunt", "/meldpunt/"),
    PublicPage("meldpunt-zorg", "/meldpunt/?soort=concern"),
    PublicPage(
        "meldpunt-fouten", "/meldpunt/?soort=question", prepare=submit_empty_report
    ),
    PublicPage("meldpunt-controle", "/meldpunt/?soort=concern", prepare=fill_in_worry),
    PublicPage(
        "meldpunt-ontvangen", "/meldpunt/?soort=concern", prepare=submit_valid_report
    ),
    PublicPage("sociale-kaart", "/sociale-kaart/"),
    PublicPage("open-data", "/sociale-kaart/open-data/"),
    PublicPage("organisatie", lambda data: data.organization.get_absolute_url()),
    PublicPage("activiteiten", "/activiteiten/"),
    PublicPage("deze-week", "/activiteiten/deze-week/bleiswijk/"),
    PublicPage("campagne", lambda data: data.campaign.get_absolute_url()),
    PublicPage("activiteit", lambda data: data.activity.get_absolute_url()),
    PublicPage(
        "programma-afdrukken",
        lambda data: data.campaign.get_absolute_url() + "afdrukken/",
    ),
    PublicPage("activiteit-voorstellen", "/activiteiten/activiteit-voorstellen/"),
    PublicPage(
        "activiteit-voorstellen-fouten",
        "/activiteiten/activiteit-voorstellen/",
        prepare=submit_empty_proposal,
    ),
    PublicPage(
        "activiteit-voorstel-ontvangen",
        "/activiteiten/activiteit-voorstellen/ontvangen/",
    ),
    PublicPage("manifest", "/manifest/"),
    PublicPage("privacy", "/privacy/"),
    PublicPage("toegankelijkheid", "/toegankelijkheid/"),
    PublicPage("niet-gevonden", "/bestaat-niet/"),
    PublicPage("beheer-inloggen", "/admin/login/"),
    PublicPage("partner-inloggen", "/partner/inloggen/"),
    PublicPage("partner-wachtwoord-vergeten", "/partner/wachtwoord-vergeten/"),
    PublicPage("aanhaken", "/manifest/aanhaken/"),
]
