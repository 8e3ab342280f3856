"""The accessibility statement after the Dutch government's model statement
(toegankelijkheidsverklaring.nl): compliance status, date, how it was checked,
known problems and the enforcement procedure. The contact part comes from the
page template (the meldpunt's mailbox and phone). A text a coordinator already
changed is left alone."""

from django.db import migrations

SEEDED = (
    "<p>Iedereen moet deze website kunnen gebruiken, ook met een "
    "schermlezer, alleen het toetsenbord of een oude telefoon.</p>\n"
    "<p>Wij bouwen de website volgens de richtlijnen WCAG 2.1 niveau AA. "
    "Alles op de kaart staat ook in een lijst. De website werkt zonder "
    "JavaScript.</p>\n"
    "<h2>Loopt u ergens tegenaan?</h2>\n"
    "<p>Laat het ons weten via het meldpunt. Dan lossen wij het op. "
    '<a href="/meldpunt/">Naar het meldpunt</a></p>'
)

STATEMENT = (
    "<p>Samen aan zet wil dat iedereen deze website kan gebruiken: ook met een "
    "schermlezer, alleen met het toetsenbord, met grote letters of op een oude "
    "telefoon. Deze verklaring geldt voor de hele website van Samen aan zet "
    "Lansingerland.</p>\n"
    "<h2>Nalevingsstatus</h2>\n"
    "<p>Deze website <strong>voldoet gedeeltelijk</strong> aan de eisen van "
    "WCAG 2.1 niveau AA (EN 301 549). Hieronder staat wat nog niet goed "
    "gaat.</p>\n"
    "<h2>Datum</h2>\n"
    "<p>Deze verklaring is opgesteld op 6 december 2026.</p>\n"
    "<h2>Hoe wij dit controleren</h2>\n"
    "<p>Bij elke wijziging van de website testen wij alle openbare pagina's "
    "automatisch met axe-core (WCAG 2.0 en 2.1, niveau A en AA), met alleen het "
    "toetsenbord, zonder JavaScript, op een scherm van 320 pixels breed en bij "
    "200 procent vergroting. Een onderzoek door een onafhankelijke deskundige is "
    "nog niet gedaan.</p>\n"
    "<h2>Bekende problemen</h2>\n"
    "<ul>\n"
    "<li>De kaart van de sociale kaart is een plaatje van PDOK (Kadaster). Een "
    "schermlezer kan de kaart zelf niet voorlezen. Alles op de kaart staat ook "
    "in de lijst onder de kaart.</li>\n"
    "<li>Teksten van partnerorganisaties en activiteiten schrijven de partners "
    "zelf. Die zijn niet altijd in eenvoudige taal.</li>\n"
    "<li>Deze website is nog niet door een onafhankelijke deskundige "
    "onderzocht.</li>\n"
    "</ul>\n"
    "<h2>Handhavingsprocedure</h2>\n"
    "<p>Bent u niet tevreden met ons antwoord, of hoort u niets? Dan kunt u "
    "een klacht indienen bij de Nationale ombudsman: "
    '<a href="https://www.nationaleombudsman.nl/">www.nationaleombudsman.nl</a>'
    ".</p>"
)


def to_model_statement(apps, schema_editor):
    SiteText = apps.get_model("lansingerland", "SiteText")
    SiteText.objects.filter(slug="toegankelijkheid", body=SEEDED).update(
        body=STATEMENT
    )


def back_to_seeded(apps, schema_editor):
    SiteText = apps.get_model("lansingerland", "SiteText")
    SiteText.objects.filter(slug="toegankelijkheid", body=STATEMENT).update(
        body=SEEDED
    )


class Migration(migrations.Migration):
    dependencies = [("lansingerland", "0004_site_contact")]

    operations = [migrations.RunPython(to_model_statement, back_to_seeded)]
