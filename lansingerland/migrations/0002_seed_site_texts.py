"""Seed the editable page texts with the texts the templates used to hold."""

from django.db import migrations

TEXTS = {
    "home": (
        "<p>In Lansingerland werken ruim twintig organisaties samen zodat "
        "niemand er alleen voor staat. Hier vindt u hulp, activiteiten en een "
        "plek voor uw vraag of zorg.</p>"
    ),
    "manifest": (
        "<p>In 2017 beloofden organisaties in Lansingerland elkaar om "
        "eenzaamheid samen aan te pakken. Dat doen we nog steeds.</p>\n"
        "<h2>Wat we willen</h2>\n"
        "<ul>\n"
        "<li>Eén plek waar iedereen terecht kan met een vraag, een zorg over "
        "iemand of een idee.</li>\n"
        "<li>Een sociale kaart die laat zien wat er is, voor inwoners en voor "
        "professionals.</li>\n"
        "<li>Activiteiten in de zomer, in de Week tegen Eenzaamheid en in "
        "december.</li>\n"
        "<li>Meer kleine initiatieven in de buurt, en mensen die eenzaam "
        "dreigen te worden uitnodigen om mee te doen.</li>\n"
        "</ul>\n"
        "<h2>Hoe we werken</h2>\n"
        "<ul>\n"
        "<li>We maken van eenzaamheid geen probleem dat iemand zelf moet "
        "oplossen.</li>\n"
        "<li>We werken samen en bouwen op wat er al is, in plaats van het wiel "
        "opnieuw uit te vinden.</li>\n"
        "<li>We kijken naar wat mensen kunnen, niet alleen naar wat ze "
        "missen.</li>\n"
        "<li>We beginnen gewoon.</li>\n"
        "</ul>"
    ),
    "privacy": (
        "<p>Wie een melding doet, vertelt ons soms iets persoonlijks, over "
        "zichzelf of over een ander. Daar gaan wij zorgvuldig mee om. De "
        "gemeente Lansingerland is verantwoordelijk voor deze gegevens.</p>\n"
        "<h2>Welke gegevens wij bewaren</h2>\n"
        "<ul>\n"
        "<li>Uw melding: waar die over gaat, uw bericht en de kern.</li>\n"
        "<li>Alleen als u die invult: uw naam, e-mailadres en "
        "telefoonnummer.</li>\n"
        "<li>Maakt u zich zorgen om iemand anders? Dan alleen wat nodig is om "
        "die persoon te bereiken.</li>\n"
        "</ul>\n"
        "<h2>Waarvoor wij ze gebruiken</h2>\n"
        "<p>Alleen om uw melding op te volgen: een coördinator leest de melding "
        "en vraagt zo nodig een partner van Samen aan zet om te helpen. Uw eigen "
        "naam en telefoonnummer geven wij alleen aan die partner door als u "
        "daarvoor apart een vinkje zet. Uw gegevens worden niet verkocht en niet "
        "voor iets anders gebruikt.</p>\n"
        "<h2>Hoe lang wij ze bewaren</h2>\n"
        "<p>Drie maanden nadat een melding is afgesloten, halen wij de namen, "
        "adressen en telefoonnummers weg. Na twee jaar verwijderen wij de "
        "melding zelf. Wat overblijft zijn alleen getallen, zoals hoeveel "
        "meldingen er per kern waren. Die zeggen niets over wie u bent.</p>\n"
        "<h2>Uw rechten</h2>\n"
        "<p>U mag vragen welke gegevens wij van u hebben, en vragen die te "
        "verbeteren of te verwijderen. Met de link in de bevestigingsmail kunt u "
        "uw melding ook zelf bekijken en intrekken. Bel voor al uw vragen de "
        "gemeente Lansingerland, (010) 800 40 00, en noem het kenmerk van uw "
        "melding.</p>\n"
        "<h2>Geen volgsoftware</h2>\n"
        "<p>Deze website gebruikt geen advertentiecookies en geen "
        "statistiekdiensten. Alleen de kaart van de sociale kaart haalt "
        "kaartplaatjes op bij PDOK, de kaartdienst van de overheid (Kadaster). "
        "PDOK ziet daarbij uw internetadres, zoals elke website dat ziet. Wilt u "
        "dat niet? Gebruik dan de lijst onder de kaart: die toont hetzelfde.</p>"
    ),
    "toegankelijkheid": (
        "<p>Iedereen moet deze website kunnen gebruiken, ook met een "
        "schermlezer, alleen het toetsenbord of een oude telefoon.</p>\n"
        "<p>Wij bouwen de website volgens de richtlijnen WCAG 2.1 niveau AA. "
        "Alles op de kaart staat ook in een lijst. De website werkt zonder "
        "JavaScript.</p>\n"
        "<h2>Loopt u ergens tegenaan?</h2>\n"
        "<p>Laat het ons weten via het meldpunt. Dan lossen wij het op. "
        '<a href="/meldpunt/">Naar het meldpunt</a></p>'
    ),
}


def seed(apps, schema_editor):
    SiteText = apps.get_model("lansingerland", "SiteText")
    for slug, body in TEXTS.items():
        SiteText.objects.get_or_create(slug=slug, defaults={"body": body})


def unseed(apps, schema_editor):
    SiteText = apps.get_model("lansingerland", "SiteText")
    SiteText.objects.filter(slug__in=TEXTS).delete()


class Migration(migrations.Migration):
    dependencies = [("lansingerland", "0001_site_text")]

    operations = [migrations.RunPython(seed, unseed)]
